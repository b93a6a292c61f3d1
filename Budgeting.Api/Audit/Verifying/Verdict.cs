namespace Budgeting.Api.Audit.Verifying;

/// <summary>What verify found: intact, or the first broken link in global sequence order.</summary>
public sealed record Verdict(bool Intact, long EventsChecked, long LastSequence, string Digest, BrokenLink? FirstBroken)
{
    public string Describe() => FirstBroken is { } broken
        ? $"broken at sequence {broken.Sequence} (stream {broken.StreamId}, version {broken.Version}): {broken.Problem}: {broken.Detail}"
        : $"intact: {EventsChecked} events checked up to sequence {LastSequence}, chain digest {Digest}";
}

/// <summary>The first link that does not hold. Problem is one of <see cref="LinkProblem"/>.</summary>
public sealed record BrokenLink(long Sequence, string StreamId, long Version, string Problem, string Detail);

public static class LinkProblem
{
    public const string Altered = "altered";
    public const string Deleted = "deleted";
    public const string Reordered = "reordered";
    public const string Forged = "forged";
}

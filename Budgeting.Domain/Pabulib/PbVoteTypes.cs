using Budgeting.Domain.Rules;

namespace Budgeting.Domain.Pabulib;

/// <summary>The META vote_type values, choose-1 being an approval ballot naming one project.</summary>
public static class PbVoteTypes
{
    public static BallotKind Parse(string? voteType) => voteType?.Trim().ToLowerInvariant() switch
    {
        null or "" or "approval" or "choose-1" => BallotKind.Approval,
        "cumulative" => BallotKind.Cumulative,
        "scoring" => BallotKind.Scoring,
        "ordinal" => BallotKind.Ordinal,
        var other => throw new FormatException($"unknown vote_type '{other}'"),
    };

    public static string Name(BallotKind kind) => kind.ToString().ToLowerInvariant();
}

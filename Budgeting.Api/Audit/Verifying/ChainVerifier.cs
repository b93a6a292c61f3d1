using Budgeting.Api.Audit.Chain;

namespace Budgeting.Api.Audit.Verifying;

/// <summary>
/// Walks the chain in global sequence order, recomputing every hash from the row as stored, and stops at the
/// first link that does not hold. The same walk serves the database and an offline export.
/// </summary>
public sealed class ChainVerifier
{
    private readonly Dictionary<string, (long Version, string Hash)> _heads = new();
    private string _digest = ChainHash.Genesis;
    private long _checked, _last;
    private BrokenLink? _broken;

    public Verdict Verdict => new(_broken is null, _checked, _last, _digest, _broken);

    public static async Task<Verdict> Verify(IAsyncEnumerable<ChainEntry> entries, CancellationToken token = default)
    {
        var verifier = new ChainVerifier();
        await foreach (var entry in entries.WithCancellation(token))
            if (!verifier.Step(entry)) break;
        return verifier.Verdict;
    }

    /// <summary>Checks the next entry; false once a link is broken (later entries are then ignored).</summary>
    public bool Step(ChainEntry entry)
    {
        if (_broken is not null) return false;
        _broken = Check(entry);
        if (_broken is not null) return false;
        if (entry.Link is not { } link) return true;
        _heads[link.StreamId] = (link.Version, link.Hash);
        _digest = ChainHash.Roll(_digest, link.Hash);
        _last = entry.Sequence;
        _checked++;
        return true;
    }

    private BrokenLink? Check(ChainEntry entry)
    {
        var (sequence, row, link) = (entry.Sequence, entry.Event, entry.Link);
        if (row is null && link is null) return null;
        if (row is null)
            return new(sequence, link!.StreamId, link.Version, LinkProblem.Deleted,
                "the chain links an event here but the row is missing");
        if (link is null)
            return new(sequence, row.StreamId, row.Version, LinkProblem.Forged,
                "the row has no link in the chain: it was written outside the engine");
        if (sequence <= _last || row.Sequence != sequence || row.StreamId != link.StreamId || row.Version != link.Version)
            return new(sequence, row.StreamId, row.Version, LinkProblem.Reordered,
                $"the row here is stream {row.StreamId} version {row.Version} at sequence {row.Sequence}; " +
                $"the chain has stream {link.StreamId} version {link.Version} at sequence {sequence}");
        if (ChainHash.Of(link.PrevHash, row.CanonicalRow) != link.Hash)
            return new(sequence, row.StreamId, row.Version, LinkProblem.Altered,
                "the row as stored does not hash to its link: its content was changed");
        return IsTombstone(row) ? CheckTombstone(row, link) : CheckContinuity(row, link);
    }

    /// <summary>
    /// Marten fills the sequence numbers of a failed append with tombstones: data-less rows in a stream of their own,
    /// numbered by sequence and written concurrently and out of order, so they cannot form a stream chain. Each is
    /// linked from the genesis hash alone: its row is still covered (an altered tombstone is caught), but removing a
    /// tombstone and its link together leaves only a sequence gap, which rolled-back transactions leave too.
    /// </summary>
    private static bool IsTombstone(StoredEvent row) => row.CanonicalRow.Contains("\"tombstone\"") && TypeOf(row) == "tombstone";

    private static string? TypeOf(StoredEvent row)
    {
        using var stored = System.Text.Json.JsonDocument.Parse(row.CanonicalRow);
        return stored.RootElement.TryGetProperty("type", out var type) ? type.GetString() : null;
    }

    private static BrokenLink? CheckTombstone(StoredEvent row, StoredLink link) => link.PrevHash == ChainHash.Genesis
        ? null
        : new(row.Sequence, row.StreamId, row.Version, LinkProblem.Forged, "a tombstone's link must start from the genesis hash");

    private BrokenLink? CheckContinuity(StoredEvent row, StoredLink link)
    {
        var (headVersion, headHash) = _heads.TryGetValue(row.StreamId, out var head) ? head : (0L, ChainHash.Genesis);
        if (row.Version <= headVersion)
            return new(row.Sequence, row.StreamId, row.Version, LinkProblem.Reordered,
                $"version {row.Version} comes after version {headVersion} of the same stream");
        if (row.Version > headVersion + 1)
            return new(row.Sequence, row.StreamId, row.Version, LinkProblem.Deleted,
                $"versions {headVersion + 1} to {row.Version - 1} of the stream are missing before this event");
        if (link.PrevHash != headHash)
            return new(row.Sequence, row.StreamId, row.Version, LinkProblem.Forged,
                "the link does not continue the stream's chain: it was rewritten or inserted");
        return null;
    }
}

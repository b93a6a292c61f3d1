using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Voting;

namespace Budgeting.Api.Audit.Replaying;

/// <summary>A recorded allocation decision, its place in the global sequence, and the ballots it counted.</summary>
public sealed record RecordedAllocation(AllocationDecided Decision, long Sequence, IReadOnlyList<CountedBallot> Ballots);

/// <summary>An event as the replay needs it: where it stands in the history and its data.</summary>
public sealed record ReplayEvent(long Sequence, Guid StreamId, object Data);

/// <summary>
/// Replays a cycle's allocation from the history alone: the last AllocationDecided of the cycle and, for vote rules,
/// the last ballot of every ballot stream of the cycle recorded before it; then the same rule on the recorded inputs.
/// </summary>
public static class AllocationReplayer
{
    public static readonly Type[] EventTypes = [typeof(AllocationDecided), typeof(BallotCast), typeof(BallotReplaced)];

    public static ReplayOutcome? Replay(Guid cycleId, IEnumerable<ReplayEvent> history) =>
        Recorded(cycleId, history) is { } found ? ReplayAllocation.Replay(found.Decision, found.Ballots) : null;

    /// <summary>The cycle's last decision in the history, where it stands, and the ballots counted before it.</summary>
    public static RecordedAllocation? Recorded(Guid cycleId, IEnumerable<ReplayEvent> history)
    {
        (AllocationDecided Decision, ReplayEvent Event)? decided = null;
        var ballots = new Dictionary<Guid, CountedBallot>();
        foreach (var e in history.OrderBy(e => e.Sequence))
            switch (e.Data)
            {
                case AllocationDecided d when d.CycleId == cycleId:
                    decided = (d, e);
                    break;
                case BallotCast c when c.CycleId == cycleId:
                    ballots[c.BallotId] = new CountedBallot(c.BallotId, c.Selections, e.Sequence, e.Sequence);
                    break;
                case BallotReplaced r when r.CycleId == cycleId && ballots.TryGetValue(r.BallotId, out var cast):
                    ballots[r.BallotId] = cast with { Selections = r.Selections, LastSequence = e.Sequence };
                    break;
            }
        if (decided is not { } found) return null;
        return new RecordedAllocation(found.Decision, found.Event.Sequence,
            ballots.Values.Where(b => b.LastSequence < found.Event.Sequence).ToList());
    }

    public static string Describe(Guid cycleId, ReplayOutcome? outcome) => outcome switch
    {
        null => $"cycle {cycleId}: no allocation decision recorded",
        { Matches: true } => $"cycle {cycleId}: match — {outcome.Funded.Count} funded, recomputed identically from the recorded inputs",
        _ => $"cycle {cycleId}: MISMATCH — " + string.Join("; ", outcome.Problems),
    };
}

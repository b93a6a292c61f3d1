using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Projections.Voting;
using Marten;

namespace Budgeting.Api.Cycles.Voting;

/// <summary>The last ballot of every ballot stream of a cycle, from the inline ballot read model.</summary>
public static class CountedBallotsReader
{
    public static async Task<IReadOnlyList<CountedBallot>> OfCycle(IQuerySession session, Guid cycleId, CancellationToken token) =>
        (await session.Query<BallotView>().Where(b => b.CycleId == cycleId).ToListAsync(token))
        .Select(b => new CountedBallot(b.Id, [.. b.Selections], b.FirstSequence, b.LastSequence))
        .ToList();
}

using Budgeting.Domain.Cycles;
using Budgeting.Domain.Proposals;
using Budgeting.Projections.Proposals;
using Marten;
using Marten.Services.BatchQuerying;

namespace Budgeting.Api.Cycles;

/// <summary>What cycle decisions need of proposals, read from the proposal read model (inline, so current).</summary>
public static class ProposalFactsReader
{
    public static async Task<ProposalFacts?> One(IQuerySession session, Guid proposalId, CancellationToken token) =>
        await session.LoadAsync<ProposalDetails>(proposalId, token) is { } p ? Facts(p) : null;

    /// <summary>The cycle's proposals, by the read model's indexed cycle column.</summary>
    public static async Task<IReadOnlyList<ProposalFacts>> OfCycle(IQuerySession session, Guid cycleId, CancellationToken token) =>
        [.. (await session.Query<ProposalDetails>().Where(p => p.CycleId == cycleId).ToListAsync(token)).Select(Facts)];

    /// <summary>
    /// The cycle's proposals among those named (a ballot's selections), in a batch of the caller's: what a decision
    /// checking those names sees of <see cref="OfCycle(IQuerySession, Guid, CancellationToken)"/>, without reading the
    /// cycle's other proposals. At most <paramref name="limit"/> names are read (a longer ballot is refused unread).
    /// </summary>
    public static async Task<IReadOnlyList<ProposalFacts>> OfCycleNamed(IBatchedQuery batch, Guid cycleId, IEnumerable<Guid> ids, int limit) =>
        [.. (await batch.LoadMany<ProposalDetails>().ById(ids.Distinct().Take(limit).ToArray())).Where(p => p.CycleId == cycleId).Select(Facts)];

    private static ProposalFacts Facts(ProposalDetails p) =>
        new(p.Id, p.CycleId, p.Status == ProposalStatus.Admitted, p.CostEstimate?.Total, p.District, p.Category, p.SurveyCount?.Count);
}

using Budgeting.Domain.Cycles;
using Budgeting.Domain.Proposals;
using Budgeting.Projections.Proposals;
using Marten;
using Marten.Services.BatchQuerying;

namespace Budgeting.Api.Cycles;

/// <summary>What cycle decisions need of proposals, read from the proposal read models (inline, so current).</summary>
public static class ProposalFactsReader
{
    public static async Task<ProposalFacts?> One(IQuerySession session, Guid proposalId, CancellationToken token) =>
        await session.LoadAsync<ProposalDetails>(proposalId, token) is { } p ? Facts(p) : null;

    /// <summary>From the list items: their cycle is an indexed column, and they carry the facts without the rest of the details.</summary>
    public static async Task<IReadOnlyList<ProposalFacts>> OfCycle(IQuerySession session, Guid cycleId, CancellationToken token) =>
        Facts(await session.Query<ProposalListItem>().Where(p => p.CycleId == cycleId).ToListAsync(token));

    /// <summary>
    /// The cycle's proposals among those named (a ballot's selections), in a batch of the caller's: what a decision
    /// checking those names sees of <see cref="OfCycle(IQuerySession, Guid, CancellationToken)"/>, without reading the
    /// cycle's other proposals. At most <paramref name="limit"/> names are read (a longer ballot is refused unread).
    /// </summary>
    public static async Task<IReadOnlyList<ProposalFacts>> OfCycleNamed(IBatchedQuery batch, Guid cycleId, IEnumerable<Guid> ids, int limit) =>
        Facts((await batch.LoadMany<ProposalListItem>().ById(ids.Distinct().Take(limit).ToArray())).Where(p => p.CycleId == cycleId));

    private static List<ProposalFacts> Facts(IEnumerable<ProposalListItem> items) =>
        items.Select(p => new ProposalFacts(p.Id, p.CycleId, p.Status == ProposalStatus.Admitted, p.CostEstimate, p.District, p.Category, p.SurveyCount))
            .ToList();

    private static ProposalFacts Facts(ProposalDetails p) =>
        new(p.Id, p.CycleId, p.Status == ProposalStatus.Admitted, p.CostEstimate?.Total, p.District, p.Category, p.SurveyCount?.Count);
}

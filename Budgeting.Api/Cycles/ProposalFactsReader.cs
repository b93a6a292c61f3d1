using Budgeting.Domain.Cycles;
using Budgeting.Domain.Proposals;
using Budgeting.Projections.Proposals;
using Marten;

namespace Budgeting.Api.Cycles;

/// <summary>What cycle decisions need of proposals, read from the proposal read models (inline, so current).</summary>
public static class ProposalFactsReader
{
    public static async Task<ProposalFacts?> One(IQuerySession session, Guid proposalId, CancellationToken token) =>
        await session.LoadAsync<ProposalDetails>(proposalId, token) is { } p ? Facts(p) : null;

    /// <summary>From the list items: their cycle is an indexed column, and they carry the facts without the rest of the details.</summary>
    public static async Task<IReadOnlyList<ProposalFacts>> OfCycle(IQuerySession session, Guid cycleId, CancellationToken token) =>
        (await session.Query<ProposalListItem>().Where(p => p.CycleId == cycleId).ToListAsync(token))
        .Select(p => new ProposalFacts(p.Id, p.CycleId, p.Status == ProposalStatus.Admitted, p.CostEstimate, p.District, p.Category, p.SurveyCount))
        .ToList();

    private static ProposalFacts Facts(ProposalDetails p) =>
        new(p.Id, p.CycleId, p.Status == ProposalStatus.Admitted, p.CostEstimate?.Total, p.District, p.Category, p.SurveyCount?.Count);
}

using Budgeting.Domain.Proposals;
using Budgeting.Projections.Cycles;
using Budgeting.Projections.Proposals;
using Marten;

namespace Budgeting.Api.Proposals;

/// <summary>What supports and forums need of a proposal and its cycle, from their inline read models (current at every commit).</summary>
public static class ParticipationTargets
{
    public static async Task<ParticipationTarget?> Load(IQuerySession session, Guid proposalId, CancellationToken token) =>
        await session.LoadAsync<ProposalDetails>(proposalId, token) is { } proposal
        && await session.LoadAsync<CycleView>(proposal.CycleId, token) is { } cycle
            ? From(proposal, cycle)
            : null;

    private static ParticipationTarget From(ProposalDetails proposal, CycleView cycle) => new(proposal.Id, proposal.CycleId,
        proposal.Status, proposal.SuggestedAt, proposal.Forum?.ClosesAt, proposal.Forum?.ClosedAt is not null, cycle.Scope,
        cycle.Participation, cycle.Voting?.MinimumAge);
}

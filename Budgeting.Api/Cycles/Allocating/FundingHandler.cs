using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.Funding;
using JasperFx.Events;
using Marten;
using NodaTime;
using Wolverine.Attributes;

namespace Budgeting.Api.Cycles.Allocating;

public sealed record FundProposal(Guid ProposalId, Won Amount, Guid AllocationId);

public sealed record LeaveProposalUnfunded(Guid ProposalId, Guid AllocationId);

/// <summary>
/// Carries a cycle's allocation decision to each proposal: one durable message per proposal out of the outbox.
/// A redelivered message finds the proposal already Budgeted or NotFunded by this allocation and changes nothing.
/// </summary>
public static class FundingHandler
{
    public static IEnumerable<object> Handle(IEvent<AllocationDecided> e) =>
        e.Data.Funded.Select(f => (object)new FundProposal(f.ProposalId, f.Amount, e.Id))
            .Concat(e.Data.NotFunded.Select(p => new LeaveProposalUnfunded(p, e.Id)));

    [Transactional]
    public static Task Handle(FundProposal message, IDocumentSession session, IClock clock) =>
        Decide(session, message.ProposalId,
            p => BudgetProposal.Decide(p, message.Amount, message.AllocationId, Actor.Engine, clock.GetCurrentInstant()));

    [Transactional]
    public static Task Handle(LeaveProposalUnfunded message, IDocumentSession session, IClock clock) =>
        Decide(session, message.ProposalId,
            p => MarkNotFunded.Decide(p, message.AllocationId, Actor.Engine, clock.GetCurrentInstant()));

    private static async Task Decide(IDocumentSession session, Guid proposalId, Func<Proposal, Decision> decide)
    {
        var stream = await session.Events.FetchForWriting<Proposal>(proposalId);
        if (stream.Aggregate is not { } proposal || proposal.Status != ProposalStatus.Admitted) return;
        stream.AppendMany(decide(proposal).Events.ToArray());
    }
}

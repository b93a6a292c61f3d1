using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Funding;

/// <summary>The cycle's allocation decision funds an admitted proposal with an amount (called by the engine's allocation handler).</summary>
public static class BudgetProposal
{
    public static Decision Decide(Proposal proposal, Won amount, Guid cycleAllocationId, Actor by, Instant now) =>
        Validation.FirstOf(
            proposal.Unless("it can only be budgeted", ProposalStatus.Admitted),
            Validation.PositiveWon("amount", amount.Value)) is { } rejection
            ? rejection
            : Decision.Accept(new ProposalBudgeted(proposal.Id, amount, cycleAllocationId, by, now));
}

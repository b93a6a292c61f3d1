using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.RecordingSpending;

/// <summary>An officer records money spent; beyond the budgeted amount only as far as approved overruns cover it.</summary>
public sealed record RecordSpending(long? Amount, string? Description) : IProposalCommand
{
    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public Rejection? Validate() => Validation.FirstOf(
        Validation.PositiveWon("amount", Amount),
        Validation.Text("description", Description, 2, 500));

    public static Decision Decide(Proposal proposal, RecordSpending command, Actor by, Instant now)
    {
        if (Validation.FirstOf(Acting.AsOfficer(by, "record spending"), command.Validate(),
                proposal.Unless("spending can only be recorded", ProposalStatus.InImplementation)) is { } rejection)
            return rejection;
        var spent = proposal.Spent + new Won(command.Amount!.Value);
        if (spent > proposal.SpendingLimit)
            return Rejection.Conflict("overrun-not-approved",
                $"spending would reach {spent.Value} won, beyond the budgeted {proposal.BudgetedAmount.Value} plus approved overruns of {proposal.ApprovedOverrun.Value}",
                "amount");
        return Decision.Accept(new SpendingRecorded(proposal.Id, new Won(command.Amount.Value), command.Description!.Trim(),
            spent > proposal.BudgetedAmount, by, now));
    }
}

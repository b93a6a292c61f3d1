using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Funding;

/// <summary>An administrator records the council's cut or reduction of a budgeted proposal; cut to zero, it is not funded.</summary>
public sealed record AdjustFunding(long? NewAmount, string? Reason, string? CouncilReference) : IProposalCommand
{
    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public Rejection? Validate() => Validation.FirstOf(
        NewAmount is null ? Rejection.Invalid("newAmount", "required", "newAmount is required (whole won, 0 to cut)")
            : NewAmount < 0 ? Rejection.Invalid("newAmount", "not-negative", "newAmount must not be negative") : null,
        Validation.Text("reason", Reason, 2, 2000),
        Validation.Text("councilReference", CouncilReference, 1, 200));

    public static Decision Decide(Proposal proposal, AdjustFunding command, Actor by, Instant now) =>
        Validation.FirstOf(
            by.Is(Role.Admin) ? null : Rejection.Forbidden("admin-only", "only an administrator records the council's adjustments"),
            command.Validate(),
            proposal.Unless("funding can only be adjusted", ProposalStatus.Budgeted),
            command.NewAmount >= proposal.BudgetedAmount.Value
                ? Rejection.Invalid("newAmount", "below-budgeted", $"the council cuts or reduces: newAmount must be below {proposal.BudgetedAmount.Value}")
                : null) is { } rejection
            ? rejection
            : Decision.Accept(new FundingAdjusted(proposal.Id, proposal.BudgetedAmount, new Won(command.NewAmount!.Value), by, now,
                command.Reason!.Trim(), command.CouncilReference!.Trim()));
}

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.ApprovingOverruns;

/// <summary>An officer approves spending beyond the budgeted amount, by an amount and for a reason; the ledger flags it.</summary>
public sealed record ApproveOverrun(long? Amount, string? Reason) : IProposalCommand
{
    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public Rejection? Validate() => Validation.FirstOf(
        Validation.PositiveWon("amount", Amount),
        Validation.Text("reason", Reason, 2, 2000));

    public static Decision Decide(Proposal proposal, ApproveOverrun command, Actor by, Instant now) =>
        Validation.FirstOf(
            Acting.AsOfficer(by, "approve an overrun"),
            command.Validate(),
            proposal.Unless("an overrun can only be approved", ProposalStatus.InImplementation)) is { } rejection
            ? rejection
            : Decision.Accept(new OverrunApproved(proposal.Id, new Won(command.Amount!.Value), by, now, command.Reason!.Trim()));
}

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.DecidingAppeals;

/// <summary>An officer decides a pending appeal: upheld sends the proposal back to deliberation, rejected keeps it declined.</summary>
public sealed record DecideAppeal(bool? Upheld, string? Reason) : IProposalCommand
{
    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public Rejection? Validate() => Validation.FirstOf(
        Upheld is null ? Rejection.Invalid("upheld", "required", "upheld is required (true or false)") : null,
        Validation.Text("reason", Reason, 2, 2000));

    public static Decision Decide(Proposal proposal, DecideAppeal command, Actor by, Instant now) =>
        Validation.FirstOf(
            Acting.AsOfficer(by, "decide an appeal"),
            command.Validate(),
            proposal.Unless("an appeal can only be decided", ProposalStatus.Declined),
            proposal.AppealPending ? null : Rejection.Conflict("no-pending-appeal", "there is no pending appeal to decide"))
            is { } rejection
            ? rejection
            : Decision.Accept(new AppealDecided(proposal.Id, command.Upheld!.Value, by, now, command.Reason!.Trim()));
}

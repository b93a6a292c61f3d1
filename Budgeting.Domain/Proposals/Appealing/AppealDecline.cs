using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Appealing;

/// <summary>The proposer (or an officer for them) appeals a decline, once per proposal.</summary>
public sealed record AppealDecline(string? Reason) : IProposalCommand
{
    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public static Decision Decide(Proposal proposal, AppealDecline command, Actor by, Instant now) =>
        Validation.FirstOf(
            proposal.AsProposer(by, command.Reason, "appeal"),
            Validation.Text("reason", command.Reason, 2, 2000),
            proposal.Unless("a decline can only be appealed", ProposalStatus.Declined),
            proposal.Appealed ? Rejection.Conflict("appeal-once", "a decline may be appealed only once per proposal") : null)
            is { } rejection
            ? rejection
            : Decision.Accept(new DeclineAppealed(proposal.Id, by, now, command.Reason!.Trim(), proposal.OnBehalfOf(by)));
}

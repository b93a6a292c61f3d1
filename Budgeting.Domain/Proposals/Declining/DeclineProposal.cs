using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Declining;

/// <summary>An officer declines a proposal under deliberation; the reason is required and public.</summary>
public sealed record DeclineProposal(string? Reason) : IProposalCommand
{
    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public static Decision Decide(Proposal proposal, DeclineProposal command, Actor by, Instant now) =>
        Validation.FirstOf(
            Acting.AsOfficer(by, "decline a proposal"),
            Validation.Text("reason", command.Reason, 2, 2000),
            proposal.Unless("it can only be declined", ProposalStatus.InDeliberation)) is { } rejection
            ? rejection
            : Decision.Accept(new ProposalDeclined(proposal.Id, by, now, command.Reason!.Trim()));
}

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.OpeningDeliberation;

/// <summary>An officer takes a suggestion up: the citizen and the administration start shaping it together.</summary>
public sealed record OpenDeliberation : IProposalCommand
{
    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public static Decision Decide(Proposal proposal, OpenDeliberation command, Actor by, Instant now) =>
        Validation.FirstOf(
            Acting.AsOfficer(by, "open deliberation"),
            proposal.Unless("deliberation can only be opened", ProposalStatus.Suggested)) is { } rejection
            ? rejection
            : Decision.Accept(new DeliberationOpened(proposal.Id, by, now));
}

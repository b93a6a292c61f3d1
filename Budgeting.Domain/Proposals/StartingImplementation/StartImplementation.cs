using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.StartingImplementation;

/// <summary>An officer starts carrying out a budgeted project.</summary>
public sealed record StartImplementation : IProposalCommand
{
    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public static Decision Decide(Proposal proposal, StartImplementation command, Actor by, Instant now) =>
        Validation.FirstOf(
            Acting.AsOfficer(by, "start implementation"),
            proposal.Unless("implementation can only start", ProposalStatus.Budgeted)) is { } rejection
            ? rejection
            : Decision.Accept(new ImplementationStarted(proposal.Id, by, now));
}

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.CompletingImplementation;

/// <summary>An officer declares the project carried out.</summary>
public sealed record CompleteImplementation : IProposalCommand
{
    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public static Decision Decide(Proposal proposal, CompleteImplementation command, Actor by, Instant now) =>
        Validation.FirstOf(
            Acting.AsOfficer(by, "complete implementation"),
            proposal.Unless("implementation can only be completed", ProposalStatus.InImplementation)) is { } rejection
            ? rejection
            : Decision.Accept(new ImplementationCompleted(proposal.Id, by, now));
}

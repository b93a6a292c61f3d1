using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.AssessingFeasibility;

/// <summary>An officer judges whether the city can carry the project out, and says why.</summary>
public sealed record AssessFeasibility(bool? Feasible, string? Reason) : IProposalCommand
{
    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public Rejection? Validate() => Validation.FirstOf(
        Feasible is null ? Rejection.Invalid("feasible", "required", "feasible is required (true or false)") : null,
        Validation.Text("reason", Reason, 2, 2000));

    public static Decision Decide(Proposal proposal, AssessFeasibility command, Actor by, Instant now) =>
        Validation.FirstOf(
            Acting.AsOfficer(by, "assess feasibility"),
            command.Validate(),
            proposal.Unless("feasibility can only be assessed", ProposalStatus.InDeliberation)) is { } rejection
            ? rejection
            : Decision.Accept(new FeasibilityAssessed(proposal.Id, command.Feasible!.Value, by, now, command.Reason!.Trim()));
}

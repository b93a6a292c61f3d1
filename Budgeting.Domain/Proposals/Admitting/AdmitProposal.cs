using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Admitting;

/// <summary>An officer admits a costed, feasible proposal to the committee's prioritisation.</summary>
public sealed record AdmitProposal : IProposalCommand
{
    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public static Decision Decide(Proposal proposal, AdmitProposal command, Actor by, Instant now) =>
        Validation.FirstOf(
            Acting.AsOfficer(by, "admit a proposal"),
            proposal.Unless("it can only be admitted", ProposalStatus.InDeliberation),
            proposal.CostEstimate is null
                ? Rejection.Conflict("cost-estimate-required", "a proposal is admitted only once its cost is estimated") : null,
            proposal.Feasible is not true
                ? Rejection.Conflict("feasible-required", "a proposal is admitted only after a positive feasibility assessment") : null)
            is { } rejection
            ? rejection
            : Decision.Accept(new ProposalAdmitted(proposal.Id, proposal.CostEstimate!.Value, by, now));
}

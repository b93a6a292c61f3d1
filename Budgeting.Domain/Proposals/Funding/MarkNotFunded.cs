using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Funding;

/// <summary>The cycle's allocation decision leaves an admitted proposal unfunded (called by the engine's allocation handler).</summary>
public static class MarkNotFunded
{
    public static Decision Decide(Proposal proposal, Guid cycleAllocationId, Actor by, Instant now) =>
        proposal.Unless("it can only be left unfunded", ProposalStatus.Admitted) is { } rejection
            ? rejection
            : Decision.Accept(new ProposalNotFunded(proposal.Id, cycleAllocationId, by, now));
}

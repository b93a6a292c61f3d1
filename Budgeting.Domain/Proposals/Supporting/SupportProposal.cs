using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Voting;
using NodaTime;

namespace Budgeting.Domain.Proposals.Supporting;

/// <summary>
/// A resident of the cycle's scope (eligible as for ballots) supports a proposal while its support window is open;
/// once per citizen and proposal: supporting again while supporting changes nothing.
/// </summary>
public sealed record SupportProposal
{
    public static Decision Decide(ParticipationTarget target, Voter supporter, SupportStatus previous, Guid supportId, Instant now)
    {
        if (!supporter.Actor.Is(Role.Citizen)) return Rejection.Forbidden("citizen-only", "only citizens support proposals");
        if (supporter.ResidentOf(target.Scope, target.MinimumAge, now, "support a proposal") is { } ineligible) return ineligible;
        if (target.SupportWindowCheck(now) is { } closed) return closed;
        return previous == SupportStatus.Active
            ? Decision.Accept()
            : Decision.Accept(new ProposalSupported(supportId, target.ProposalId, target.CycleId, ProposalSupported.Anonymous, now));
    }
}

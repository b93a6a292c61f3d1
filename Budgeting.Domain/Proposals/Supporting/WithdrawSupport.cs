using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Supporting;

/// <summary>The supporter withdraws their support while the window is open.</summary>
public static class WithdrawSupport
{
    public static Decision Decide(ParticipationTarget target, SupportStatus previous, Guid supportId, Instant now)
    {
        if (previous != SupportStatus.Active)
            return Rejection.NotFound("supports", "not-supporting", "you do not support this proposal");
        return target.SupportWindowCheck(now) is { } closed
            ? closed
            : Decision.Accept(new SupportWithdrawn(supportId, target.ProposalId, target.CycleId, ProposalSupported.Anonymous, now));
    }
}

using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Voting;
using NodaTime;

namespace Budgeting.Domain.Proposals.TakingStances;

/// <summary>A resident joins the open forum when they first take a stance or post an argument (eligible as for ballots).</summary>
public static class JoinForum
{
    public static Decision Decide(ParticipationTarget target, Voter participant, ForumPresence? previous, Guid participantId, Instant now)
    {
        if (!participant.Actor.Is(Role.Citizen)) return Rejection.Forbidden("citizen-only", "only citizens take part in forums");
        if (participant.ResidentOf(target.Scope, target.MinimumAge, now, "take part in the forum") is { } ineligible) return ineligible;
        if (target.ForumCheck(now) is { } closed) return closed;
        return previous is null
            ? Decision.Accept(new ForumJoined(participantId, target.ProposalId, ForumJoined.Anonymous, now))
            : Decision.Accept();
    }
}

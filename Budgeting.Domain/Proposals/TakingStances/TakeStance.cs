using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Voting;
using NodaTime;

namespace Budgeting.Domain.Proposals.TakingStances;

/// <summary>A resident takes a stance in the proposal's open forum, or changes it; the first stance makes them a participant.</summary>
public sealed record TakeStance(Stance? Stance)
{
    public static Decision Decide(ParticipationTarget target, Voter participant, ForumPresence? previous, Guid participantId,
        TakeStance command, Instant now)
    {
        if (command.Stance is not { } stance)
            return Rejection.Invalid("stance", "required", "stance is required: agree, disagree or undecided");
        if (JoinForum.Decide(target, participant, previous, participantId, now) is { Rejection: not null } refused) return refused;
        if (previous?.Stance == stance) return Decision.Accept();
        var taken = new StanceTaken(participantId, target.ProposalId, stance, ForumJoined.Anonymous, now);
        return previous is null
            ? Decision.Accept(new ForumJoined(participantId, target.ProposalId, ForumJoined.Anonymous, now), taken)
            : Decision.Accept(taken);
    }
}

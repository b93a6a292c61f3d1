namespace Budgeting.Domain.Proposals.TakingStances;

/// <summary>A forum's participants and how many stand where (a participant who only posted has no stance yet).</summary>
public sealed record ForumTally(int Participants, int Agree, int Disagree, int Undecided)
{
    public static ForumTally Of(IReadOnlyCollection<Stance?> participants) => new(participants.Count,
        participants.Count(s => s == Stance.Agree), participants.Count(s => s == Stance.Disagree),
        participants.Count(s => s == Stance.Undecided));
}

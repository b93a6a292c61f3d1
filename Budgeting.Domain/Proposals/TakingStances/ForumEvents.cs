using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.TakingStances;

/// <summary>Where a forum participant stands on the proposal; they may change it while the forum is open.</summary>
public enum Stance
{
    Agree,
    Disagree,
    Undecided,
}

/// <summary>
/// A resident took part in the proposal's forum (a stance or an argument): its participants are exactly these streams,
/// one per citizen and proposal, keyed like supports; the events name no one.
/// </summary>
public sealed record ForumJoined(Guid ParticipantId, Guid ProposalId, Actor By, Instant At)
{
    /// <summary>The only actor forum participation events record.</summary>
    public static readonly Actor Anonymous = new("anonymous-participant", Role.Citizen);
}

public sealed record StanceTaken(Guid ParticipantId, Guid ProposalId, Stance Stance, Actor By, Instant At);

/// <summary>A participant as their stream stands: their stance, if they took one.</summary>
public sealed record ForumPresence(Stance? Stance);

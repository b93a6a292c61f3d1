using Budgeting.Domain.Proposals.TakingStances;
using Marten.Events.Aggregation;

namespace Budgeting.Projections.Participation;

/// <summary>One forum participant's stream as it stands: the proposal and their stance, if any. Nothing of the citizen.</summary>
public sealed record ParticipantView
{
    public Guid Id { get; init; }
    public Guid ProposalId { get; init; }
    public Stance? Stance { get; init; }
    public long Version { get; init; }

    public ForumPresence Presence => new(Stance);
}

public sealed class ParticipantViewProjection : SingleStreamProjection<ParticipantView, Guid>
{
    public static ParticipantView Create(ForumJoined e) => new() { Id = e.ParticipantId, ProposalId = e.ProposalId };

    public static ParticipantView Apply(StanceTaken e, ParticipantView v) => v with { Stance = e.Stance };
}

using Budgeting.Domain.Cycles.Voting;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Budgeting.Projections.Voting;

/// <summary>
/// The current ballot of one ballot stream, for tallies and the allocation: its selections and the global sequence
/// numbers of its first and last events. Keyed by the anonymous ballot id; holds nothing about the voter.
/// </summary>
public sealed record BallotView
{
    public Guid Id { get; init; }
    public Guid CycleId { get; init; }
    public List<Selection> Selections { get; init; } = [];
    public long FirstSequence { get; init; }
    public long LastSequence { get; init; }
}

public sealed class BallotViewProjection : SingleStreamProjection<BallotView, Guid>
{
    public static BallotView Create(IEvent<BallotCast> e) => new()
    {
        Id = e.Data.BallotId, CycleId = e.Data.CycleId, Selections = [.. e.Data.Selections],
        FirstSequence = e.Sequence, LastSequence = e.Sequence,
    };

    public static BallotView Apply(IEvent<BallotReplaced> e, BallotView v) =>
        v with { Selections = [.. e.Data.Selections], LastSequence = e.Sequence };
}

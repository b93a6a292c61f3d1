using Budgeting.Api.Proposals.Answering;
using Budgeting.Api.Proposals.ClosingForums;
using Budgeting.Domain.Proposals.CrossingThresholds;
using JasperFx.Events;
using Wolverine;

namespace Budgeting.Api.Proposals.CrossingThresholds;

/// <summary>
/// What a crossed threshold sets going by the clock: a durable message for the answer's due date, or for the forum's
/// last day, kept in PostgreSQL across restarts and taken by whichever node is up.
/// </summary>
public static class ThresholdCrossedHandler
{
    public static object? Handle(IEvent<ThresholdCrossed> e) => e.Data switch
    {
        { DueBy: { } due } when CrossThresholds.AnswererOf(e.Data.Threshold) is { } answerer =>
            new AnswerDeadlineReached(e.Data.ProposalId, answerer).ScheduledAt(due.ToDateTimeOffset()),
        { ClosesAt: { } closes } => new ForumClosingReached(e.Data.ProposalId).ScheduledAt(closes.ToDateTimeOffset()),
        _ => null,
    };
}

using System.Collections.Concurrent;
using Budgeting.Api.Proposals.CrossingThresholds;
using Wolverine.Tracking;

namespace Budgeting.Tests.Support;

/// <summary>
/// Keeps a tracked session open until every change to supports or forum participants sent during it has been counted
/// in a finished batch. The engine counts changes in batches that run a moment after their members were taken in, from
/// a queue a plain tracked session does not follow: it could see everything quiet while changes still wait to be counted.
/// </summary>
public sealed class CountsSettled : ITrackedCondition
{
    private readonly ConcurrentDictionary<Guid, int> uncounted = new();

    public void Record(EnvelopeRecord record)
    {
        if (record is { MessageEventType: MessageEventType.Sent, Envelope.Message: ParticipationChanged change })
            uncounted.AddOrUpdate(change.ProposalId, 1, (_, n) => n + 1);
        if (record is { MessageEventType: MessageEventType.ExecutionFinished, Envelope.Message: ParticipationChanged[] batch })
            foreach (var counted in batch)
                uncounted.AddOrUpdate(counted.ProposalId, 0, (_, n) => Math.Max(n - 1, 0));
    }

    public bool IsCompleted() => uncounted.Values.All(n => n == 0);
}

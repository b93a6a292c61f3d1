using System.Collections.Concurrent;
using Budgeting.Domain.Cycles;
using JasperFx.Events;
using Marten;
using Marten.Services.BatchQuerying;

namespace Budgeting.Api.Cycles;

/// <summary>
/// A budget cycle's decision state as of its latest event, for every decision that reads it (a ballot, a suggestion, a
/// carried-over answer, a deadline's check, a page, and the commands on the cycle itself). A cycle's stream holds every score of
/// every committee member, so a city cycle reaches thousands of events, and folding them all for each of a million
/// ballots was the vote's largest cost (BENCHMARKS.md). Each node keeps the state it folded last; every read fetches the
/// cycle's events from that state's last one on and folds only those after it. The state is therefore exact whatever
/// another node appended (events are read, never assumed), and the last event is read again and must be the same event
/// (its id): a stream written anew under the same id (a database restored or reset) is folded from its start. States are
/// immutable records, shared by concurrent readers. Commands on the cycle decide on the same state and append with its
/// version as the one expected (<see cref="Infrastructure.EventWrites.SendToCycle"/>), so a command that raced another
/// is refused at commit as before.
/// </summary>
public static class CycleStates
{
    /// <summary>A cycle folded up to the event of <paramref name="Version"/>; no state when the stream opens no cycle.</summary>
    internal sealed record Folded(BudgetCycle? State, long Version, Guid LastEvent);

    private static readonly ConcurrentDictionary<Guid, Folded> Known = new();

    /// <summary>The cycle as of its latest event; null when no cycle has that id.</summary>
    public static async Task<BudgetCycle?> LatestCycle(this IQuerySession session, Guid cycleId, CancellationToken token) =>
        await new CycleRead(cycleId, Known.GetValueOrDefault(cycleId), null).Complete(session, token);

    /// <summary>The cycle as of its latest event and that event's version (the stream's); no state when no cycle has that id.</summary>
    internal static Task<Folded> LatestCycleVersion(this IQuerySession session, Guid cycleId, CancellationToken token) =>
        new CycleRead(cycleId, Known.GetValueOrDefault(cycleId), null).Read(session, token);

    /// <summary>The same read as part of a batch; the cycle comes from <see cref="CycleRead.Complete"/> after the batch ran.</summary>
    public static CycleRead LatestCycle(this IBatchedQuery batch, Guid cycleId)
    {
        var known = Known.GetValueOrDefault(cycleId);
        return new CycleRead(cycleId, known, batch.Events.FetchStream(cycleId, fromVersion: known?.Version ?? 0));
    }

    public sealed class CycleRead
    {
        private readonly Guid cycleId;
        private readonly Folded? known;
        private readonly Task<IReadOnlyList<IEvent>>? batched;

        internal CycleRead(Guid cycleId, Folded? known, Task<IReadOnlyList<IEvent>>? batched) =>
            (this.cycleId, this.known, this.batched) = (cycleId, known, batched);

        public async Task<BudgetCycle?> Complete(IQuerySession session, CancellationToken token) => (await Read(session, token)).State;

        internal async Task<Folded> Read(IQuerySession session, CancellationToken token)
        {
            var events = batched is null
                ? await session.Events.FetchStreamAsync(cycleId, fromVersion: known?.Version ?? 0, token: token)
                : await batched;
            return Remember(cycleId, Fold(known, events) ?? Fold(null, await session.Events.FetchStreamAsync(cycleId, token: token))!);
        }
    }

    /// <summary>
    /// The state after <paramref name="events"/> (read from the known state's version on, or from the start when none is
    /// known); null when they do not begin with the known state's last event, so it must be folded again from the start.
    /// </summary>
    internal static Folded? Fold(Folded? known, IReadOnlyList<IEvent> events)
    {
        if (known is null) return Apply(null, events);
        if (events.Count == 0 || events[0].Version != known.Version || events[0].Id != known.LastEvent) return null;
        return events.Count == 1 ? known : Apply(known.State, events.Skip(1).ToList());
    }

    private static Folded Apply(BudgetCycle? state, IReadOnlyList<IEvent> events)
    {
        foreach (var e in events) state = BudgetCycle.Evolve(state, e.Data);
        return events.Count == 0 ? new Folded(state, 0, Guid.Empty) : new Folded(state, events[^1].Version, events[^1].Id);
    }

    private static Folded Remember(Guid cycleId, Folded folded)
    {
        // A stream without a cycle (none at all, or events that open none) is never remembered.
        if (folded.State is not null) Known[cycleId] = folded;
        return folded;
    }
}

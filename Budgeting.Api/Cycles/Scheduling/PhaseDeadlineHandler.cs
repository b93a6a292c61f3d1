using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Opening;
using Budgeting.Domain.Cycles.Scheduling;
using JasperFx.Events;
using Marten;
using NodaTime;
using Wolverine;
using Wolverine.Attributes;

namespace Budgeting.Api.Cycles.Scheduling;

/// <summary>Asks the engine to advance a cycle whose phase deadline may have passed.</summary>
public sealed record PhaseDeadlineReached(Guid CycleId);

/// <summary>
/// Phase deadlines fire by themselves: every event that opens a phase or moves its deadline schedules a durable
/// message for that deadline (kept in PostgreSQL across restarts); the handler advances only what the injected
/// clock says is due, so early, repeated or stale messages change nothing.
/// </summary>
public static class PhaseDeadlineHandler
{
    public static object? Handle(IEvent<CycleOpened> e) => Schedule(e.Data.CycleId, e.Data.Schedule, Phase.Intake);

    [Transactional]
    public static async Task<object?> Handle(IEvent<PhaseAdvanced> e, IQuerySession session) =>
        await session.LatestCycle(e.Data.CycleId, CancellationToken.None) is { } cycle
            ? Schedule(cycle.Id, cycle.Schedule, e.Data.To)
            : null;

    [Transactional]
    public static async Task<object?> Handle(IEvent<PhaseExtended> e, IQuerySession session) =>
        await session.LatestCycle(e.Data.CycleId, CancellationToken.None) is { } cycle
            ? Schedule(cycle.Id, cycle.Schedule, e.Data.Phase)
            : null;

    [Transactional]
    public static async Task Handle(PhaseDeadlineReached message, IDocumentSession session, IClock clock)
    {
        var cycle = await session.LatestCycleVersion(message.CycleId, CancellationToken.None);
        if (cycle.State is null) return;
        var events = AdvancePhase.Decide(cycle.State, clock.GetCurrentInstant()).Events.ToArray();
        // Expecting the version decided on: a phase change another node committed meanwhile refuses this one (and the retry decides again).
        if (events.Length > 0) session.Events.Append(message.CycleId, cycle.Version + events.Length, events);
    }

    private static readonly Instant Earliest = Instant.FromDateTimeOffset(DateTimeOffset.MinValue.AddDays(1));

    private static object? Schedule(Guid cycleId, CycleSchedule schedule, Phase phase) =>
        schedule.DeadlineOf(phase) is { } deadline
            ? new PhaseDeadlineReached(cycleId).ScheduledAt(Instant.Max(deadline.EndsAtInstant, Earliest).ToDateTimeOffset())
            : null;
}

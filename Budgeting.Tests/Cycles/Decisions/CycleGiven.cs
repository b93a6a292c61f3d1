using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Opening;
using Budgeting.Domain.Cycles.Scheduling;
using NodaTime;

namespace Budgeting.Tests.Cycles.Decisions;

/// <summary>Given: a cycle folded from past events, exactly as the event store would fold it.</summary>
public static class CycleGiven
{
    public static readonly Guid CycleId = Guid.Parse("0195f1c0-0000-7000-8000-0000000000c1");
    public static readonly Instant Opened = Instant.FromUtc(2026, 1, 5, 0, 0);
    public static readonly Actor Admin = new("admin-1", Role.Admin);
    public static readonly Actor Member = new("member-1", Role.Committee);
    public static readonly Actor OtherMember = new("member-2", Role.Committee);

    public static readonly CycleSchedule Schedule = new([
        new(Phase.Intake, new LocalDateTime(2026, 2, 1, 18, 0)),
        new(Phase.Deliberation, new LocalDateTime(2026, 3, 1, 18, 0)),
        new(Phase.Prioritisation, new LocalDateTime(2026, 4, 1, 18, 0)),
        new(Phase.Allocation, new LocalDateTime(2026, 5, 1, 18, 0)),
        new(Phase.Implementation, new LocalDateTime(2026, 12, 31, 18, 0)),
        new(Phase.Evaluation, new LocalDateTime(2027, 2, 28, 18, 0)),
    ]);

    public static CycleOpened OpenedEvent(long envelope = 1_000_000) =>
        new(CycleId, "Mapo 2026", "mapo-gu", 2026, new Won(envelope), "committee_priority", Schedule, Admin, Opened);

    public static BudgetCycle Cycle(params object[] events) => Fold(OpenedEvent(), events);

    public static BudgetCycle Fold(CycleOpened opened, params object[] events) =>
        events.Aggregate(BudgetCycle.Open(opened), (cycle, e) => BudgetCycle.Evolve(cycle, e)!);

    public static PhaseAdvanced To(Phase from, Phase to) => new(CycleId, from, to, "deadline", null, Actor.Engine, Opened);

    public static object[] InPhase(Phase phase)
    {
        var events = new List<object>();
        var current = Phase.Intake;
        while (current != phase)
        {
            var next = Schedule.Next(current);
            events.Add(To(current, next));
            current = next;
        }
        return events.ToArray();
    }

    public static Instant Local(int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Seoul.Zone).ToInstant();
}

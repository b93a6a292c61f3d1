using System.Collections.Immutable;
using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Cycles.Scheduling;

/// <summary>When a phase ends, as a local date and time in Asia/Seoul.</summary>
public sealed record PhaseDeadline(Phase Phase, LocalDateTime EndsAt)
{
    public Instant EndsAtInstant => EndsAt.InZoneLeniently(Seoul.Zone).ToInstant();
}

/// <summary>The deadlines of a cycle's phases in order; Closed has none. Without Voting the cycle skips it.</summary>
public sealed record CycleSchedule(ImmutableList<PhaseDeadline> Deadlines)
{
    public static readonly Phase[] Required =
        [Phase.Intake, Phase.Deliberation, Phase.Prioritisation, Phase.Allocation, Phase.Implementation, Phase.Evaluation];

    public bool HasVoting => Deadlines.Any(d => d.Phase == Phase.Voting);

    public PhaseDeadline? DeadlineOf(Phase phase) => Deadlines.FirstOrDefault(d => d.Phase == phase);

    public Phase Next(Phase phase)
    {
        var index = Deadlines.FindIndex(d => d.Phase == phase);
        return index < 0 || index + 1 >= Deadlines.Count ? Phase.Closed : Deadlines[index + 1].Phase;
    }

    /// <summary>When the given phase opens: the end of the phase before it, or null when it is not scheduled.</summary>
    public LocalDateTime? OpensAt(Phase phase)
    {
        var index = Deadlines.FindIndex(d => d.Phase == phase);
        if (phase == Phase.Closed) return Deadlines.LastOrDefault()?.EndsAt;
        return index switch { < 0 => null, 0 => null, _ => Deadlines[index - 1].EndsAt };
    }

    public CycleSchedule Extend(Phase phase, LocalDateTime newEnd) =>
        new(Deadlines.Select(d => d.Phase == phase ? d with { EndsAt = newEnd } : d).ToImmutableList());

    /// <summary>The schedule used when an administrator gives none: phases of a few weeks from the opening day,
    /// implementation until the end of the fiscal year, evaluation for two months after it.</summary>
    public static CycleSchedule Default(Instant openedAt, int fiscalYear, bool withVoting)
    {
        var day = openedAt.InZone(Seoul.Zone).Date;
        var evening = new LocalTime(18, 0);
        var list = new List<PhaseDeadline>
        {
            new(Phase.Intake, (day + Period.FromDays(30)).At(evening)),
            new(Phase.Deliberation, (day + Period.FromDays(60)).At(evening)),
            new(Phase.Prioritisation, (day + Period.FromDays(81)).At(evening)),
        };
        if (withVoting) list.Add(new(Phase.Voting, (day + Period.FromDays(95)).At(evening)));
        var allocationEnd = day + Period.FromDays(withVoting ? 102 : 95);
        list.Add(new(Phase.Allocation, allocationEnd.At(evening)));
        var yearEnd = new LocalDate(fiscalYear, 12, 31);
        var implementationEnd = yearEnd > allocationEnd ? yearEnd : allocationEnd + Period.FromDays(180);
        list.Add(new(Phase.Implementation, implementationEnd.At(evening)));
        list.Add(new(Phase.Evaluation, (implementationEnd + Period.FromDays(60)).At(evening)));
        return new CycleSchedule(list.ToImmutableList());
    }
}

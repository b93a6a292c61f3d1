using System.Collections.Immutable;
using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Cycles.Scheduling;

/// <summary>The deadlines an administrator gives when opening a cycle (local Asia/Seoul date-times).</summary>
public sealed record ScheduleInput(
    LocalDateTime? IntakeEnds, LocalDateTime? DeliberationEnds, LocalDateTime? PrioritisationEnds,
    LocalDateTime? VotingEnds, LocalDateTime? AllocationEnds, LocalDateTime? ImplementationEnds,
    LocalDateTime? EvaluationEnds)
{
    public (CycleSchedule? Schedule, Rejection? Rejection) ToSchedule(Instant now)
    {
        var given = new (Phase Phase, LocalDateTime? End)[]
        {
            (Phase.Intake, IntakeEnds), (Phase.Deliberation, DeliberationEnds),
            (Phase.Prioritisation, PrioritisationEnds), (Phase.Voting, VotingEnds),
            (Phase.Allocation, AllocationEnds), (Phase.Implementation, ImplementationEnds),
            (Phase.Evaluation, EvaluationEnds),
        };
        foreach (var (phase, end) in given)
            if (end is null && phase != Phase.Voting)
                return (null, Rejection.Invalid($"schedule.{Field(phase)}", "required", $"the end of the {phase} phase is required"));
        var deadlines = given.Where(g => g.End is not null).Select(g => new PhaseDeadline(g.Phase, g.End!.Value)).ToList();
        if (deadlines[0].EndsAtInstant <= now)
            return (null, Rejection.Invalid("schedule.intakeEnds", "future", "intake must end in the future"));
        for (var i = 1; i < deadlines.Count; i++)
            if (deadlines[i].EndsAt <= deadlines[i - 1].EndsAt)
                return (null, Rejection.Invalid($"schedule.{Field(deadlines[i].Phase)}", "after-previous",
                    $"the {deadlines[i].Phase} phase must end after the {deadlines[i - 1].Phase} phase"));
        return (new CycleSchedule(deadlines.ToImmutableList()), null);
    }

    public static string Field(Phase phase) => char.ToLowerInvariant(phase.ToString()[0]) + phase.ToString()[1..] + "Ends";
}

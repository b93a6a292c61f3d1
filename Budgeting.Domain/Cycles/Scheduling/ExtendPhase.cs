using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Cycles.Scheduling;

/// <summary>An administrator moves the end of the open phase (or a later one) later, with a reason.</summary>
public sealed record ExtendPhase(Phase? Phase, LocalDateTime? NewEnd, string? Reason)
{
    public static Decision Decide(BudgetCycle cycle, ExtendPhase command, Actor by, Instant now)
    {
        if (!by.Is(Role.Admin)) return Rejection.Forbidden("admin-only", "only an administrator extends phases");
        if (Validation.Text("reason", command.Reason, 3, 1000) is { } invalid) return invalid;
        if (command.Phase is not { } phase) return Rejection.Invalid("phase", "required", "phase is required");
        if (command.NewEnd is not { } newEnd) return Rejection.Invalid("newEnd", "required", "newEnd is required");
        if (cycle.Schedule.DeadlineOf(phase) is not { } deadline)
            return Rejection.Invalid("phase", "scheduled", $"the {phase} phase is not in this cycle's schedule");
        if (phase < cycle.Phase) return Rejection.Conflict("phase-over", $"the {phase} phase is already over", "phase");
        if (newEnd <= deadline.EndsAt)
            return Rejection.Invalid("newEnd", "later", $"newEnd must be after the current end {deadline.EndsAt:yyyy-MM-dd'T'HH:mm}");
        var next = cycle.Schedule.DeadlineOf(cycle.Schedule.Next(phase));
        if (next is not null && newEnd >= next.EndsAt)
            return Rejection.Invalid("newEnd", "before-next", $"newEnd must be before the end of the {next.Phase} phase; extend that first");
        return Decision.Accept(new PhaseExtended(cycle.Id, phase, deadline.EndsAt, newEnd, command.Reason!.Trim(), by, now));
    }
}

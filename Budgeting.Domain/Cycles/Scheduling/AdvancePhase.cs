using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Cycles.Scheduling;

/// <summary>An administrator ends the open phase early, with a reason.</summary>
public sealed record AdvancePhase(Phase? From, string? Reason)
{
    public static Decision Decide(BudgetCycle cycle, AdvancePhase command, Actor by, Instant now)
    {
        if (!by.Is(Role.Admin)) return Rejection.Forbidden("admin-only", "only an administrator advances phases");
        if (Validation.Text("reason", command.Reason, 3, 1000) is { } invalid) return invalid;
        if (command.From is null) return Rejection.Invalid("from", "required", "from (the phase you mean to end) is required");
        if (cycle.Phase != command.From)
            return Rejection.Conflict("phase-moved", $"the {cycle.Phase} phase is open, not {command.From}", "from");
        if (cycle.Phase == Phase.Closed) return Rejection.Conflict("cycle-closed", "the cycle is closed");
        return Decision.Accept(new PhaseAdvanced(cycle.Id, cycle.Phase, cycle.Schedule.Next(cycle.Phase), "administrator",
            command.Reason!.Trim(), by, now));
    }

    /// <summary>Advances through every phase whose deadline has passed: idempotent, so a repeated or late
    /// deadline message changes nothing twice.</summary>
    public static Decision Decide(BudgetCycle cycle, Instant now)
    {
        var events = new List<object>();
        var phase = cycle.Phase;
        while (phase != Phase.Closed && cycle.Schedule.DeadlineOf(phase) is { } deadline && deadline.EndsAtInstant <= now)
        {
            var next = cycle.Schedule.Next(phase);
            events.Add(new PhaseAdvanced(cycle.Id, phase, next, "deadline", null, Actor.Engine, now));
            phase = next;
        }
        return Decision.Accept(events.ToArray());
    }
}

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Cycles.Envelope;

public sealed record EnvelopeChanged(Guid CycleId, Won From, Won To, string Reason, Actor By, Instant At);

/// <summary>An administrator changes the envelope, with a reason; never below what is already allocated.</summary>
public sealed record ChangeEnvelope(long? Envelope, string? Reason)
{
    public static Decision Decide(BudgetCycle cycle, Won allocated, ChangeEnvelope command, Actor by, Instant now)
    {
        if (!by.Is(Role.Admin)) return Rejection.Forbidden("admin-only", "only an administrator changes the envelope");
        if (Validation.FirstOf(Validation.PositiveWon("envelope", command.Envelope),
                Validation.Text("reason", command.Reason, 3, 1000)) is { } invalid) return invalid;
        var to = new Won(command.Envelope!.Value);
        if (to < allocated)
            return Rejection.Conflict("not-below-allocated",
                $"the envelope cannot go below the {allocated.Value} won already allocated", "envelope");
        if (to == cycle.Envelope) return Rejection.Conflict("unchanged", "the envelope already has that amount", "envelope");
        return Decision.Accept(new EnvelopeChanged(cycle.Id, cycle.Envelope, to, command.Reason!.Trim(), by, now));
    }
}

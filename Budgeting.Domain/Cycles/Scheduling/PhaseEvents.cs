using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Cycles.Scheduling;

/// <summary>The cycle moved on: because a deadline passed ("deadline") or an administrator advanced it ("administrator").</summary>
public sealed record PhaseAdvanced(Guid CycleId, Phase From, Phase To, string Trigger, string? Reason, Actor By, Instant At);

public sealed record PhaseExtended(
    Guid CycleId, Phase Phase, LocalDateTime PreviousEnd, LocalDateTime NewEnd, string Reason, Actor By, Instant At);

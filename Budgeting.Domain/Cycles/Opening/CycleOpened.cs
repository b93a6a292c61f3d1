using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Cycles.Opening;

public sealed record CycleOpened(
    Guid CycleId, string Name, string Scope, int FiscalYear, Won Envelope, Actor By, Instant At);

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Projections.Cycles;

/// <summary>A budget cycle as the public reads it.</summary>
public sealed record CycleView
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public string Scope { get; init; } = "";
    public int FiscalYear { get; init; }
    public Won Envelope { get; init; }
    public Instant OpenedAt { get; init; }
    public long Version { get; init; }
}

using Budgeting.Domain.Cycles.Opening;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Budgeting.Projections.Cycles;

public sealed class CycleViewProjection : SingleStreamProjection<CycleView, Guid>
{
    public static CycleView Create(IEvent<CycleOpened> e) => new()
    {
        Id = e.Data.CycleId,
        Name = e.Data.Name,
        Scope = e.Data.Scope,
        FiscalYear = e.Data.FiscalYear,
        Envelope = e.Data.Envelope,
        OpenedAt = e.Data.At,
        Version = e.Version,
    };
}

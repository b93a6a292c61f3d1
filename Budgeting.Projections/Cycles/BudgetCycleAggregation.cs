using Budgeting.Domain.Cycles;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Budgeting.Projections.Cycles;

/// <summary>Lets Marten fold a cycle's stream with the domain's own pure Evolve (live, never stored).</summary>
public sealed class BudgetCycleAggregation : SingleStreamProjection<BudgetCycle, Guid>
{
    public override BudgetCycle? Evolve(BudgetCycle? snapshot, Guid id, IEvent e) => BudgetCycle.Evolve(snapshot, e.Data);
}

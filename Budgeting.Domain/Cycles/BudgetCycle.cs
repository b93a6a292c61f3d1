using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Opening;

namespace Budgeting.Domain.Cycles;

/// <summary>The decision state of one budget cycle, folded from its events.</summary>
public sealed record BudgetCycle(Guid Id, string Name, string Scope, int FiscalYear, Won Envelope)
{
    public static BudgetCycle Create(CycleOpened opened) =>
        new(opened.CycleId, opened.Name, opened.Scope, opened.FiscalYear, opened.Envelope);
}

using Budgeting.Domain.Cycles;
using Budgeting.Projections.Cycles;

namespace Budgeting.Api.Proposals.Suggesting;

public static class CycleOfSuggestion
{
    /// <summary>
    /// The cycle a suggestion goes into, from its inline read model: BudgetCycle has no live aggregation registered yet
    /// (the domain cannot host Marten's source-generated dispatcher).
    /// </summary>
    public static BudgetCycle ToCycle(this CycleView view) => new(view.Id, view.Name, view.Scope, view.FiscalYear, view.Envelope);
}

namespace Budgeting.Domain.Rules;

/// <summary>The projects a rule funds: in the order it chose them, and sorted by id (ordinal) for comparison.</summary>
public sealed record AllocationOutcome(IReadOnlyList<string> SelectionOrder, Rational TotalCost, bool Exhaustive)
{
    public IReadOnlyList<string> Selected { get; } = SelectionOrder.Order(StringComparer.Ordinal).ToList();

    /// <summary>Exhaustive: no unselected project of the election fits in what is left of the budget.</summary>
    public static AllocationOutcome Of(Election election, IReadOnlyList<string> selectionOrder)
    {
        var chosen = selectionOrder.ToHashSet();
        var total = Rational.Sum(election.Projects.Where(p => chosen.Contains(p.Id)).Select(p => p.Cost));
        var left = election.Budget - total;
        var exhaustive = election.Projects.All(p => chosen.Contains(p.Id) || p.Cost > left);
        return new AllocationOutcome(selectionOrder, total, exhaustive);
    }
}

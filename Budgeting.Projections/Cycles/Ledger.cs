using Budgeting.Domain.Common;

namespace Budgeting.Projections.Cycles;

/// <summary>A cycle's money: envelope, allocated, spent and remaining (= envelope − allocated), by district and
/// category, and every funded project with budgeted against spent. Derived from read models fed by events alone.</summary>
public sealed record Ledger(
    Guid CycleId, Won Envelope, Won Allocated, Won Spent, Won Remaining,
    IReadOnlyList<LedgerGroup> ByDistrict, IReadOnlyList<LedgerGroup> ByCategory, IReadOnlyList<LedgerLine> Funded);

/// <summary>A district's or category's funded projects: allocated, spent, how many, and how many spent over their budget.</summary>
public sealed record LedgerGroup(string Key, Won Allocated, Won Spent, int Projects = 0, int OverBudget = 0);

public sealed record LedgerLine(
    Guid ProposalId, string Title, string District, string Category, Won Budgeted, Won Spent, bool OverrunApproved, bool OverBudget);

public static class LedgerMath
{
    public static Ledger From(CycleView cycle, IReadOnlyList<LedgerLine> funded)
    {
        var allocated = Won.Sum(funded.Select(f => f.Budgeted));
        return new Ledger(cycle.Id, cycle.Envelope, allocated, Won.Sum(funded.Select(f => f.Spent)), cycle.Envelope - allocated,
            Group(funded, f => f.District), Group(funded, f => f.Category), funded);
    }

    private static IReadOnlyList<LedgerGroup> Group(IReadOnlyList<LedgerLine> lines, Func<LedgerLine, string> key) =>
        lines.GroupBy(key).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new LedgerGroup(g.Key, Won.Sum(g.Select(l => l.Budgeted)), Won.Sum(g.Select(l => l.Spent)), g.Count(),
                g.Count(l => l.OverBudget))).ToList();
}

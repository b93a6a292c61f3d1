using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using Budgeting.Projections.Cycles;
using Budgeting.Projections.Proposals;
using Marten;

namespace Budgeting.Api.Cycles;

/// <summary>
/// A cycle's ledger, derived from the cycle and proposal read models (both inline projections of events).
/// A funded proposal counts with its budgeted amount after council adjustments; until its funding message
/// has been handled it counts with the amount the allocation decision gave it, so the ledger adds up as
/// soon as the decision is recorded.
/// </summary>
public static class Ledgers
{
    public static async Task<Ledger?> Load(IQuerySession session, Guid cycleId, CancellationToken token)
    {
        if (await session.LoadAsync<CycleView>(cycleId, token) is not { } cycle) return null;
        var proposals = await session.Query<ProposalDetails>().Where(p => p.CycleId == cycleId).ToListAsync(token);
        var decided = (cycle.Allocation?.Funded ?? []).ToDictionary(f => f.ProposalId, f => f.Amount);
        var lines = proposals
            .Select(p => (p, Budgeted: Budgeted(p, decided)))
            .Where(x => x.Budgeted is not null)
            .OrderBy(x => x.p.Title, StringComparer.Ordinal)
            .Select(x => new LedgerLine(x.p.Id, x.p.Title, x.p.District, x.p.Category, x.Budgeted!.Value, x.p.Spent,
                x.p.ApprovedOverrun > Won.Zero, x.p.Spent > x.Budgeted.Value))
            .ToList();
        return LedgerMath.From(cycle, lines);
    }

    private static Won? Budgeted(ProposalDetails p, IReadOnlyDictionary<Guid, Won> decided) => p.Status switch
    {
        ProposalStatus.Budgeted or ProposalStatus.InImplementation or ProposalStatus.Implemented or ProposalStatus.Evaluated
            => p.BudgetedAmount,
        ProposalStatus.Admitted when decided.TryGetValue(p.Id, out var amount) => amount,
        _ => null,
    };
}

using Budgeting.Projections.Cycles;
using Marten;

namespace Budgeting.Api.Cycles;

public static class Ledgers
{
    public static async Task<Ledger?> Load(IQuerySession session, Guid cycleId, CancellationToken token)
    {
        if (await session.LoadAsync<CycleView>(cycleId, token) is not { } cycle) return null;
        var funded = (cycle.Allocation?.Funded ?? [])
            .Select(f => new LedgerLine(f.ProposalId, "", "", "", f.Amount, Domain.Common.Won.Zero, false, false)).ToList();
        return LedgerMath.From(cycle, funded);
    }
}

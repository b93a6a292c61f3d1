using Budgeting.Api.Audit.TimeTravel;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using Budgeting.Projections.Cycles;
using Budgeting.Projections.Proposals;
using Marten;

namespace Budgeting.Api.Cycles;

/// <summary>
/// A cycle's ledger, derived from the cycle and proposal read models (both inline projections of events), now or
/// as of a past point. A funded proposal counts with its budgeted amount after council adjustments; until its
/// funding message has been handled it counts with the amount the allocation decision gave it, so the ledger
/// adds up as soon as the decision is recorded.
/// </summary>
public static class Ledgers
{
    public static async Task<Ledger?> Load(IQuerySession session, Guid cycleId, CancellationToken token) =>
        await session.LoadAsync<CycleView>(cycleId, token) is { } cycle
            ? From(cycle, await session.Query<ProposalDetails>().Where(p => p.CycleId == cycleId).ToListAsync(token))
            : null;

    /// <summary>As of a past point: the cycle's stream and every proposal stream of the cycle folded up to then.</summary>
    public static async Task<(Ledger?, Rejection?)> Load(IQuerySession session, Guid cycleId, AsOf asOf, CancellationToken token)
    {
        var (cycle, refusal) = await PastState.State<CycleView>(session, cycleId, asOf with { Version = null }, "budget cycle", token);
        if (refusal is not null) return (null, refusal);
        if (asOf.IsNow) return (From(cycle!, await session.Query<ProposalDetails>().Where(p => p.CycleId == cycleId).ToListAsync(token)), null);
        var ids = await session.Query<ProposalDetails>().Where(p => p.CycleId == cycleId).Select(p => p.Id).ToListAsync(token);
        var points = await StreamVersions.At(session, ids, asOf with { Version = null }, token);
        var proposals = new List<ProposalDetails>();
        foreach (var (id, point) in points.Where(p => p.Value.Version > 0))
            if (await session.Events.AggregateStreamAsync<ProposalDetails>(id, version: point.Version, token: token) is { } p)
                proposals.Add(p);
        return (From(cycle!, proposals), null);
    }

    public static Ledger From(CycleView cycle, IEnumerable<ProposalDetails> proposals)
    {
        var decided = (cycle.Allocation?.Funded ?? []).ToDictionary(f => f.ProposalId, f => f.Amount);
        var lines = proposals
            .Select(p => (p, Budgeted: Budgeted(p, decided)))
            .Where(x => x.Budgeted is not null)
            .OrderBy(x => x.p.Title, StringComparer.Ordinal).ThenBy(x => x.p.Id)
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

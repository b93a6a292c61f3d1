using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Cycles.Scoring;
using Budgeting.Projections.Cycles;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Reading;

public static class CycleMoneyReads
{
    /// <summary>Envelope, allocated, spent, remaining (= envelope − allocated), by district and category, funded projects.</summary>
    [WolverineGet("/api/cycles/{id}/ledger", OperationId = "getLedger"), AllowAnonymous, Tags("Cycles")]
    public static async Task<IResult> Ledger(Guid id, IQuerySession session, CancellationToken token) =>
        await Ledgers.Load(session, id, token) is { } ledger ? Results.Json(ledger, Json.Options) : Problems.NotFound("budget cycle", id);

    /// <summary>The committee's ranking, derived from live scores; empty until someone scores.</summary>
    [WolverineGet("/api/cycles/{id}/ranking", OperationId = "getRanking"), AllowAnonymous, Tags("Cycles")]
    public static async Task<IResult> Ranking(Guid id, IQuerySession session, CancellationToken token) =>
        await session.LoadAsync<CycleView>(id, token) is { } cycle
            ? Results.Json(new RankingView(cycle.Id, cycle.Ranking, cycle.Recommendation is not null), Json.Options)
            : Problems.NotFound("budget cycle", id);
}

public sealed record RankingView(Guid CycleId, IReadOnlyList<RankedProposal> Ranking, bool Frozen);

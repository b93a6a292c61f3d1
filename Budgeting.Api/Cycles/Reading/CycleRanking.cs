using Budgeting.Api.Audit.TimeTravel;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Cycles.Scoring;
using Budgeting.Projections.Cycles;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Reading;

public static class CycleRankingEndpoint
{
    /// <summary>The committee's ranking now, or as of an instant (<c>asOf</c>) or a version of the cycle's stream.</summary>
    [WolverineGet("/api/cycles/{id}/ranking", OperationId = "getCycleRanking"), AllowAnonymous, Tags("Cycles")]
    [ProducesResponseType<CycleRanking>(StatusCodes.Status200OK)]
    public static Task<IResult> Get(Guid id, string? asOf, string? version, IQuerySession session, CancellationToken token) =>
        PastState.Answer<CycleView>(session, id, asOf, version, "budget cycle",
            c => ETags.WithETag(new CycleRanking(c.Id, c.Version, c.Ranking), c.Version), token);
}

/// <summary>The ranking derived from the live scores of current, non-recused committee members.</summary>
public sealed record CycleRanking(Guid CycleId, long Version, IReadOnlyList<RankedProposal> Ranking);

using Budgeting.Api.Audit.TimeTravel;
using Budgeting.Api.Infrastructure;
using Budgeting.Projections.Cycles;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Reading;

public static class CycleReads
{
    [WolverineGet("/api/cycles", OperationId = "listCycles"), AllowAnonymous, Tags("Cycles")]
    public static async Task<IReadOnlyList<CycleView>> List(IQuerySession session, CancellationToken token) =>
        await session.Query<CycleView>().OrderByDescending(c => c.FiscalYear).ThenBy(c => c.Name).ToListAsync(token);

    /// <summary>The cycle now, or as of an instant (<c>asOf</c>) or a version of its stream.</summary>
    [WolverineGet("/api/cycles/{id}", OperationId = "getCycle"), AllowAnonymous, Tags("Cycles")]
    public static Task<IResult> Get(Guid id, string? asOf, string? version, IQuerySession session, CancellationToken token) =>
        PastState.Answer<CycleView>(session, id, asOf, version, "budget cycle", c => ETags.WithETag(c, c.Version), token);
}

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

    [WolverineGet("/api/cycles/{id}", OperationId = "getCycle"), AllowAnonymous, Tags("Cycles")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken token) =>
        await session.LoadAsync<CycleView>(id, token) is { } cycle
            ? ETags.WithETag(cycle, cycle.Version)
            : Problems.NotFound("budget cycle", id);
}

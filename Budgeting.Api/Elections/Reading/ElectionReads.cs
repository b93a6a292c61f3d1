using Budgeting.Api.Infrastructure;
using Budgeting.Projections.Elections;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Budgeting.Api.Elections.Reading;

public static class ElectionReads
{
    [WolverineGet("/api/elections", OperationId = "listElections"), AllowAnonymous, Tags("Elections")]
    public static async Task<IReadOnlyList<ElectionView>> List(IQuerySession session, CancellationToken token) =>
        await session.Query<ElectionView>().OrderByDescending(e => e.ImportedAt).ToListAsync(token);

    [WolverineGet("/api/elections/{id}", OperationId = "getElection"), AllowAnonymous, Tags("Elections")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken token) =>
        await session.LoadAsync<ElectionView>(id, token) is { } election
            ? Results.Ok(election)
            : Problems.NotFound("election", id);
}

using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Pabulib;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Budgeting.Api.Elections.Exporting;

public static class CycleExportEndpoint
{
    [WolverineGet("/api/cycles/{id}/export.pb", OperationId = "exportCycle"), AllowAnonymous, Tags("Cycles")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, IBallotSource ballots, CancellationToken token) =>
        await CycleElectionFile.Load(id, session, ballots, token) is { } file
            ? Results.Text(PbFileWriter.Write(file), ElectionExportEndpoint.ContentType)
            : Problems.NotFound("budget cycle", id);
}

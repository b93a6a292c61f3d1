using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Pabulib;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Budgeting.Api.Elections.Exporting;

public static class ElectionExportEndpoint
{
    public const string ContentType = "text/plain; charset=utf-8";

    [WolverineGet("/api/elections/{id}/export.pb", OperationId = "exportElection"), AllowAnonymous, Tags("Elections")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, IBallotSource ballots, CancellationToken token) =>
        await ImportedElectionFile.Load(id, session, ballots, token) is { } file
            ? Results.Text(PbFileWriter.Write(file), ContentType)
            : Problems.NotFound("election", id);
}

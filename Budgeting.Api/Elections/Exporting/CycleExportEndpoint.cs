using Budgeting.Api.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Budgeting.Api.Elections.Exporting;

public static class CycleExportEndpoint
{
    [WolverineGet("/api/cycles/{id}/export.pb", OperationId = "exportCycle"), AllowAnonymous, Tags("Cycles")]
    /// <summary>The cycle as a .pb file, streamed: written to the response as its ballots are read (see <see cref="CycleElectionFile.Streamed"/>).</summary>
    public static async Task<IResult> Get(Guid id, IQuerySession session, IBallotSource ballots, CancellationToken token) =>
        await CycleElectionFile.Streamed(id, session, token) ?? Problems.NotFound("budget cycle", id);
}

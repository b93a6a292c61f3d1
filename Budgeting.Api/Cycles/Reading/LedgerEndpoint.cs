using Budgeting.Api.Audit.TimeTravel;
using Budgeting.Api.Infrastructure;
using Budgeting.Projections.Cycles;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Reading;

public static class LedgerEndpoint
{
    /// <summary>Envelope, allocated, spent, remaining (= envelope − allocated), by district and category, funded projects;
    /// now, or as of an instant (<c>asOf</c>).</summary>
    [WolverineGet("/api/cycles/{id}/ledger", OperationId = "getLedger"), AllowAnonymous, Tags("Cycles")]
    [ProducesResponseType<Ledger>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, string? asOf, IQuerySession session, CancellationToken token)
    {
        var (point, invalid) = AsOf.Parse(asOf);
        if (invalid is not null) return invalid.ToProblem();
        var (ledger, refusal) = await Ledgers.Load(session, id, point!, token);
        return refusal?.ToProblem() ?? Results.Json(ledger, Json.Options);
    }
}

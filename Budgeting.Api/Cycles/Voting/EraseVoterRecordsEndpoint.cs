using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Voting;

public sealed record VoterRecordsErasure(Guid CycleId, int Erased);

public static class EraseVoterRecordsEndpoint
{
    /// <summary>Erases who voted in the cycle once its voting phase is over; the ballots and the history stay whole.</summary>
    [WolverineDelete("/api/cycles/{id}/voter-records", OperationId = "eraseVoterRecords"), Authorize(Roles = Role.Admin),
     Tags("Voting")]
    public static async Task<IResult> Delete(Guid id, IClock clock, IDocumentSession session, HttpContext http)
    {
        var (outcome, erased) = await VoterRecordErasure.Erase(session, id, Sender.Of(http, clock));
        return outcome is Outcome.Accepted ? Results.Json(new VoterRecordsErasure(id, erased), Json.Options) : outcome.ToResult();
    }
}

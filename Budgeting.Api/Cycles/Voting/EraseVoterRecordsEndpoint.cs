using System.Security.Claims;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Voting;
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
    public static async Task<IResult> Delete(Guid id, ClaimsPrincipal user, IClock clock, IDocumentSession session, HttpContext http)
    {
        var token = http.RequestAborted;
        var stream = await session.Events.FetchForWriting<BudgetCycle>(id, token);
        if (stream.Aggregate is not { } cycle) return Problems.NotFound("budget cycle", id);
        var records = await session.Query<VoterRecord>().CountAsync(r => r.CycleId == id, token);
        var decision = EraseVoterRecords.Decide(cycle, records, user.ToActor(), clock.GetCurrentInstant());
        if (decision.Rejection is { } rejection) return rejection.ToProblem();
        session.DeleteWhere<VoterRecord>(r => r.CycleId == id);
        stream.AppendMany(decision.Events.ToArray());
        await session.SaveChangesAsync(token);
        return Results.Json(new VoterRecordsErasure(id, records), Json.Options);
    }
}

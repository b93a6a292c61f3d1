using Budgeting.Api.Audit.Chain;
using Budgeting.Api.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Budgeting.Api.Audit.Feed;

public static class AuditFeedEndpoint
{
    [WolverineGet("/api/audit/events", OperationId = "auditFeed"), Authorize(Roles = AuditRoles.Readers), Tags("Audit")]
    public static async Task<IResult> Get(string? from, string? to, string? streamId, string? type, string? actorId,
        string? role, int? page, int? pageSize, AuditDatabase database, CancellationToken token)
    {
        var (filter, rejection) = FeedFilter.Create(from, to, streamId, type, actorId, role, page, pageSize);
        if (rejection is not null) return rejection.ToProblem();
        await using var connection = await database.Open(token);
        return Results.Ok(await FeedQuery.Run(connection, database.Schema, filter!, token));
    }
}

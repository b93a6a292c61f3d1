using Budgeting.Api.Infrastructure;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.Notifying;

public static class NotificationReads
{
    /// <summary>The signed-in citizen's inbox, newest first.</summary>
    [WolverineGet("/api/me/notifications", OperationId = "listMyNotifications"), Authorize, Tags("Notifications")]
    public static async Task<IReadOnlyList<Notification>> Get(HttpContext http, IQuerySession session, CancellationToken token)
    {
        var me = http.User.ToActor().Id;
        return await session.Query<Notification>().Where(n => n.RecipientId == me)
            .OrderByDescending(n => n.At).ThenByDescending(n => n.Version).Take(500).ToListAsync(token);
    }
}

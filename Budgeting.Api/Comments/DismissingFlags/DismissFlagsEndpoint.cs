using Budgeting.Api.Commands;
using Budgeting.Domain.Comments;
using Budgeting.Domain.Comments.DismissingFlags;
using Budgeting.Domain.Common;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Comments.DismissingFlags;

public static class DismissFlagsEndpoint
{
    /// <summary>A moderator keeps a flagged comment up: its flags are cleared and it leaves the moderation queue.</summary>
    [WolverinePost("/api/comments/{id}/flag-dismissal", OperationId = "dismissCommentFlags"), Authorize(Roles = Role.Officer), Tags("Comments")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, DismissFlags command, HttpContext http, IClock clock, IDocumentSession session) =>
        session.SendToComment(id, (comment, by, now) => DismissFlags.Decide(comment, command, by, now), Sender.Of(http, clock)).ToResult();
}

using Budgeting.Api.Commands;
using Budgeting.Domain.Comments;
using Budgeting.Domain.Comments.Hiding;
using Budgeting.Domain.Common;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Comments.Hiding;

public static class HideCommentEndpoint
{
    /// <summary>A moderator (an officer) hides the comment with a public reason: "hidden by a moderator: …".</summary>
    [WolverinePost("/api/comments/{id}/hiding", OperationId = "hideComment"), Authorize(Roles = Role.Officer), Tags("Comments")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, HideComment command, HttpContext http, IClock clock, IDocumentSession session) =>
        session.SendToComment(id, (comment, by, now) => HideComment.Decide(comment, command, by, now), Sender.Of(http, clock)).ToResult();
}

using Budgeting.Api.Commands;
using Budgeting.Domain.Comments;
using Budgeting.Domain.Comments.Flagging;
using Budgeting.Domain.Common;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Comments.Flagging;

public static class FlagCommentEndpoint
{
    /// <summary>A citizen flags someone else's comment for the moderators (once): it joins the moderation queue.</summary>
    [WolverinePost("/api/comments/{id}/flags", OperationId = "flagComment"), Authorize(Roles = Role.Citizen), Tags("Comments")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, FlagComment command, HttpContext http, IClock clock, IDocumentSession session) =>
        session.SendToComment(id, (comment, by, now) => FlagComment.Decide(comment, command, by, now), Sender.Of(http, clock)).ToResult();
}

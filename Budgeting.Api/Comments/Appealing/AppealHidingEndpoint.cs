using Budgeting.Api.Commands;
using Budgeting.Domain.Comments;
using Budgeting.Domain.Comments.Appealing;
using Budgeting.Domain.Common;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Comments.Appealing;

public static class AppealHidingEndpoint
{
    /// <summary>The author appeals the hiding of their comment, once.</summary>
    [WolverinePost("/api/comments/{id}/appeal", OperationId = "appealCommentHiding"), Authorize(Roles = Role.Citizen), Tags("Comments")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, AppealHiding command, HttpContext http, IClock clock, IDocumentSession session) =>
        session.SendToComment(id, (comment, by, now) => AppealHiding.Decide(comment, command, by, now), Sender.Of(http, clock)).ToResult();
}

using Budgeting.Api.Commands;
using Budgeting.Domain.Comments;
using Budgeting.Domain.Comments.DecidingAppeals;
using Budgeting.Domain.Common;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Comments.DecidingAppeals;

public static class DecideHidingAppealEndpoint
{
    /// <summary>A moderator other than the one who hid the comment decides the author's appeal: upheld shows it again.</summary>
    [WolverinePost("/api/comments/{id}/appeal-decision", OperationId = "decideCommentAppeal"), Authorize(Roles = Role.Officer), Tags("Comments")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, DecideHidingAppeal command, HttpContext http, IClock clock, IDocumentSession session) =>
        session.SendToComment(id, (comment, by, now) => DecideHidingAppeal.Decide(comment, command, by, now), Sender.Of(http, clock)).ToResult();
}

using Budgeting.Api.Commands;
using Budgeting.Domain.Comments;
using Budgeting.Domain.Comments.Erasing;
using Budgeting.Domain.Common;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Comments.Erasing;

public static class EraseCommentBodyEndpoint
{
    /// <summary>
    /// A moderator (abuse, personal data) or the author erases every revision's body; the events and their hashes stay,
    /// so the history and <c>audit verify</c> are untouched and the text is nowhere in the database or the export.
    /// </summary>
    [WolverinePost("/api/comments/{id}/body-erasure", OperationId = "eraseCommentBody"), Authorize(Roles = $"{Role.Citizen},{Role.Officer}")]
    [Tags("Comments"), ProducesResponseType(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, EraseCommentBody command, HttpContext http, IClock clock, IDocumentSession session) =>
        session.Erase(id, command, Sender.Of(http, clock)).ToResult();
}

using Budgeting.Api.Commands;
using Budgeting.Domain.Comments.Editing;
using Budgeting.Domain.Common;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Comments.Editing;

public static class EditCommentEndpoint
{
    /// <summary>The author edits their comment: a new revision; the earlier ones stay readable with their hashes.</summary>
    [WolverinePost("/api/comments/{id}/revisions", OperationId = "editComment"), Authorize(Roles = Role.Citizen), Tags("Comments")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    public static Task<IResult> Post(Guid id, EditComment command, HttpContext http, IClock clock, IDocumentSession session) =>
        session.Edit(id, command, Sender.Of(http, clock)).ToResult();
}

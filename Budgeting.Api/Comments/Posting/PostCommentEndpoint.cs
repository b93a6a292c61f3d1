using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Comments.Posting;
using Budgeting.Domain.Common;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Comments.Posting;

public static class PostCommentEndpoint
{
    /// <summary>A citizen comments on the proposal, or replies (<c>inReplyTo</c>) to one of its comments or arguments → 201.</summary>
    [WolverinePost("/api/proposals/{id}/comments", OperationId = "postComment"), Authorize(Roles = Role.Citizen), Tags("Proposals")]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    [IgnoresIfMatch]
    public static Task<IResult> Post(Guid id, PostComment command, HttpContext http, IClock clock, IDocumentSession session) =>
        session.Post(id, command, Sender.Of(http, clock)).ToResult(created => $"/api/comments/{created}");
}

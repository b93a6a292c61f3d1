using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Comments;
using Budgeting.Domain.Comments.Posting;
using Budgeting.Domain.Common;
using Budgeting.Projections.Proposals;
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
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    public static async Task<IResult> Post(Guid id, PostComment command, HttpContext http, IClock clock, IDocumentSession session)
    {
        var token = http.RequestAborted;
        if (await session.LoadAsync<ProposalDetails>(id, token) is null) return Problems.NotFound("proposal", id);
        var actor = http.User.ToActor();
        var parent = command.InReplyTo is { } parentId ? await session.Events.AggregateStreamAsync<Comment>(parentId, token: token) : null;
        var commentId = Guid.CreateVersion7();
        var decision = PostComment.Decide(id, parent, command, actor, await CommentWrites.Recent(session, actor.Id, token), commentId,
            clock.GetCurrentInstant());
        return await session.Start<Comment>(commentId, decision, token,
                decision.IsAccepted ? [CommentText.Of(commentId, command.Body!)] : [])
            .ToResult(created => $"/api/comments/{created}");
    }
}

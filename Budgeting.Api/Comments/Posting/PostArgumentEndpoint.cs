using System.Security.Claims;
using Budgeting.Api.Infrastructure;
using Budgeting.Api.Proposals;
using Budgeting.Domain.Comments;
using Budgeting.Domain.Comments.Posting;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.TakingStances;
using Budgeting.Projections.Participation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Comments.Posting;

public static class PostArgumentEndpoint
{
    /// <summary>A resident argues for or against the proposal in its open forum (a comment with a side), which makes them a participant → 201.</summary>
    [WolverinePost("/api/proposals/{id}/forum/arguments", OperationId = "postForumArgument"), Authorize(Roles = Role.Citizen)]
    [Tags("Proposals"), ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    public static async Task<IResult> Post(Guid id, PostArgument command, ClaimsPrincipal user, IClock clock, IDocumentSession session,
        IConfiguration configuration, HttpContext http)
    {
        var token = http.RequestAborted;
        var author = ResidentStreams.Resident(user);
        var participantId = ParticipationKeys.ParticipantId(configuration, id, author.Actor.Id);
        var (target, participant) = await ParticipationTargets.Load<ParticipantView>(session, id, participantId, token);
        if (target is null) return Problems.NotFound("proposal", id);
        var commentId = Guid.CreateVersion7();
        var decision = PostArgument.Decide(target, author, participant?.Presence, participantId, command,
            await CommentWrites.Recent(session, author.Actor.Id, token), commentId, clock.GetCurrentInstant());
        if (decision.Rejection is { } rejection) return rejection.ToProblem();
        session.Events.StartStream<Comment>(commentId, decision.Events.OfType<CommentPosted>().ToArray());
        session.Store(CommentText.Of(commentId, command.Body!));
        if (decision.Events.OfType<ForumJoined>().ToArray() is [_, ..] joined) ResidentStreams.Write<ParticipantView>(session, participantId, null, joined);
        if (await ResidentStreams.Commit(session, token) is { } collided) return collided;
        return new Written(StatusCodes.Status201Created, commentId, 1, $"/api/comments/{commentId}");
    }
}

using System.Security.Claims;
using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Api.Proposals.TakingStances;
using Budgeting.Api.Proposals;
using Budgeting.Domain.Comments.Posting;
using Budgeting.Domain.Common;
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
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, "application/problem+json")]
    [IgnoresIfMatch]
    public static Task<IResult> Post(Guid id, PostArgument command, ClaimsPrincipal user, IClock clock, IDocumentSession session,
        IConfiguration configuration, HttpContext http) =>
        ForumWrites.Argue(session, configuration, id, ResidentStreams.Resident(user), command, clock.GetCurrentInstant(), http.RequestAborted)
            .ToResult(created => $"/api/comments/{created}");
}

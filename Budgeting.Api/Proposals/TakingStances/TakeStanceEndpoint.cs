using System.Security.Claims;
using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.TakingStances;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.TakingStances;

/// <summary>The participant's stance after the command.</summary>
public sealed record StanceAnswer(Guid ProposalId, Stance Stance, Instant At);

public static class TakeStanceEndpoint
{
    /// <summary>A resident takes a stance in the proposal's open forum, or changes it; the first makes them a participant.</summary>
    [WolverinePost("/api/proposals/{id}/forum/stance", OperationId = "takeForumStance"), Authorize(Roles = Role.Citizen), Tags("Proposals")]
    [ProducesResponseType<StanceAnswer>(StatusCodes.Status200OK)]
    [IgnoresIfMatch]
    public static async Task<IResult> Post(Guid id, TakeStance command, ClaimsPrincipal user, IClock clock, IDocumentSession session,
        IConfiguration configuration, HttpContext http)
    {
        var now = clock.GetCurrentInstant();
        var outcome = await ForumWrites.Stance(session, configuration, id, ResidentStreams.Resident(user), command, now, http.RequestAborted);
        return outcome is Outcome.Accepted ? Results.Json(new StanceAnswer(id, command.Stance!.Value, now), Json.Options) : outcome.ToResult();
    }
}

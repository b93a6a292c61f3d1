using System.Security.Claims;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.TakingStances;
using Budgeting.Projections.Participation;
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
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict, "application/problem+json")]
    public static async Task<IResult> Post(Guid id, TakeStance command, ClaimsPrincipal user, IClock clock, IDocumentSession session,
        IConfiguration configuration, HttpContext http)
    {
        var token = http.RequestAborted;
        var participant = ResidentStreams.Resident(user);
        var participantId = ParticipationKeys.ParticipantId(configuration, id, participant.Actor.Id);
        var (target, previous) = await ParticipationTargets.Load<ParticipantView>(session, id, participantId, token);
        if (target is null) return Problems.NotFound("proposal", id);
        var now = clock.GetCurrentInstant();
        var decision = TakeStance.Decide(target, participant, previous?.Presence, participantId, command, now);
        if (decision.Rejection is { } rejection) return rejection.ToProblem();
        if (decision.Events.Count > 0)
        {
            ResidentStreams.Write<ParticipantView>(session, participantId, previous?.Version, decision.Events);
            if (await ResidentStreams.Commit(session, token) is { } collided) return collided;
        }
        return Results.Json(new StanceAnswer(id, command.Stance!.Value, now), Json.Options);
    }
}

using System.Security.Claims;
using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.Supporting;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.Supporting;

/// <summary>Where the citizen's support stands after the command; never the support's stream id.</summary>
public sealed record SupportAnswer(Guid ProposalId, bool Supporting, Instant At);

public static class SupportProposalEndpoint
{
    /// <summary>
    /// A resident supports the proposal: 201 the first time, 200 when already supporting. The support is its own stream
    /// (keyed by proposal and citizen): supporters of one proposal never wait on each other, and a citizen counts once.
    /// </summary>
    [WolverinePost("/api/proposals/{id}/supports", OperationId = "supportProposal"), Authorize(Roles = Role.Citizen), Tags("Proposals")]
    [ProducesResponseType<SupportAnswer>(StatusCodes.Status201Created), ProducesResponseType<SupportAnswer>(StatusCodes.Status200OK)]
    [IgnoresIfMatch]
    public static async Task<IResult> Post(Guid id, SupportProposal command, ClaimsPrincipal user, IClock clock, IDocumentSession session,
        IConfiguration configuration, HttpContext http)
    {
        var now = clock.GetCurrentInstant();
        var (outcome, created) = await Supports.Support(session, configuration, id, ResidentStreams.Resident(user), now, http.RequestAborted);
        return outcome is Outcome.Accepted ? Answer(id, now, created ? StatusCodes.Status201Created : StatusCodes.Status200OK) : outcome.ToResult();
    }

    private static IResult Answer(Guid id, Instant at, int status) => Results.Json(new SupportAnswer(id, true, at), Json.Options, statusCode: status);
}

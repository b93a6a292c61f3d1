using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Voting;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Voting;

public static class CastBallotEndpoint
{
    /// <summary>Casts the citizen's ballot (201) or replaces the one they cast before (200) during the voting phase.</summary>
    [WolverinePost("/api/cycles/{id}/ballots", OperationId = "castBallot"), Authorize(Roles = Role.Citizen), Tags("Voting")]
    [IgnoresIfMatch]
    public static async Task<IResult> Post(Guid id, CastBallot command, IClock clock, IDocumentSession session,
        IConfiguration configuration, HttpContext http)
    {
        var (ballot, refusal) = await session.Cast(id, command, http.User, Sender.Of(http, clock), configuration);
        return ballot is null
            ? refusal!.ToResult()
            : Results.Json(ballot, Json.Options, statusCode: ballot.Replaced ? StatusCodes.Status200OK : StatusCodes.Status201Created);
    }
}

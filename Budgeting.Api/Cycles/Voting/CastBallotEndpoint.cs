using System.Security.Claims;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Voting;
using Marten;
using JasperFx;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Voting;

/// <summary>What a voter gets back: that their ballot is in the box, never its id (no receipt to show anyone).</summary>
public sealed record BallotAccepted(Guid CycleId, bool Replaced, Instant At);

public static class CastBallotEndpoint
{
    /// <summary>Casts the citizen's ballot (201) or replaces the one they cast before (200) during the voting phase.</summary>
    [WolverinePost("/api/cycles/{id}/ballots", OperationId = "castBallot"), Authorize(Roles = Role.Citizen), Tags("Voting")]
    public static async Task<IResult> Post(Guid id, CastBallot command, ClaimsPrincipal user, IClock clock, IDocumentSession session,
        IConfiguration configuration, HttpContext http)
    {
        var token = http.RequestAborted;
        if (await session.Events.AggregateStreamAsync<BudgetCycle>(id, token: token) is not { } cycle)
            return Problems.NotFound("budget cycle", id);
        var voter = new Voter(user.ToActor(), user.FindFirstValue(Auth.DistrictClaim), user.FindFirstValue(Auth.BirthDateClaim));
        var recordId = VoterRecord.IdFor(configuration, id, voter.Actor.Id);
        var record = await session.LoadAsync<VoterRecord>(recordId, token);
        var stream = record is null ? null : await session.Events.FetchForWriting<SecretBallot>(record.BallotId, token);
        var proposals = await ProposalFactsReader.OfCycle(session, id, token);
        var now = clock.GetCurrentInstant();
        var decision = CastBallot.Decide(cycle, proposals, voter, stream?.Aggregate, Guid.NewGuid(), command, now);
        if (decision.Rejection is { } rejection) return rejection.ToProblem();
        Unlink(session);
        switch (decision.Events.Single())
        {
            case BallotCast cast:
                session.Events.StartStream<SecretBallot>(cast.BallotId, cast);
                session.Insert(new VoterRecord(recordId, id, cast.BallotId));
                break;
            case var replaced:
                stream!.AppendOne(replaced);
                break;
        }
        try
        {
            await session.SaveChangesAsync(token);
        }
        catch (DocumentAlreadyExistsException)
        {
            session.EjectAllPendingChanges();
            return Rejection.Conflict("concurrent-ballot", "another ballot of yours arrived at the same moment; send yours again").ToProblem();
        }
        return Results.Json(new BallotAccepted(id, stream is not null, now), Json.Options,
            statusCode: stream is null ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>No request trace, causation or user name on ballot events: nothing that a log could join to the voter.</summary>
    private static void Unlink(IDocumentSession session)
    {
        session.CorrelationId = null;
        session.CausationId = null;
        session.LastModifiedBy = null;
    }
}

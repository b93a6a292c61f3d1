using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Elections.Importing;
using Budgeting.Projections.Elections;
using Marten;
using NodaTime;

namespace Budgeting.Api.Elections.Importing;

/// <summary>What the endpoint and the CLI share: refuse a file already imported, decide, append every event in one transaction.</summary>
public static class ElectionImport
{
    public sealed record Outcome(Guid Id, long Version, Guid? AlreadyImported, Rejection? Rejection);

    public static async Task<Outcome> Run(IDocumentSession session, ImportElection command, Actor by, Instant now, CancellationToken token)
    {
        if (by.Is(Role.Admin) && await session.LoadAsync<ElectionView>(command.ElectionId, token) is { } existing)
            return new Outcome(existing.Id, 0, existing.Id, null);
        var decision = ImportElection.Decide(command, by, now);
        if (decision.Rejection is { } rejection) return new Outcome(command.ElectionId, 0, null, rejection);
        session.Events.StartStream(command.ElectionId, decision.Events.ToArray());
        await session.Commit(token);
        return new Outcome(command.ElectionId, decision.Events.Count, null, null);
    }

    /// <summary>The outcome as a page shows it: a file imported before is refused as the API refuses it (409, already-imported).</summary>
    public static Commands.Outcome ToOutcome(this Outcome outcome) => outcome switch
    {
        { Rejection: { } rejection } => new Commands.Outcome.Refused(rejection),
        { AlreadyImported: { } id } => new Commands.Outcome.Refused(Rejection.Conflict("already-imported",
            $"this file (same SHA-256) was imported already as election {id}", "content")),
        _ => new Commands.Outcome.Accepted(outcome.Id, outcome.Version),
    };

    public static IResult ToResult(this Outcome outcome) => outcome switch
    {
        { Rejection: { } rejection } => rejection.ToProblem(),
        { AlreadyImported: { } id } => new AlreadyImportedProblem(id),
        _ => new Written(StatusCodes.Status201Created, outcome.Id, outcome.Version, $"/api/elections/{outcome.Id}"),
    };

    private sealed record AlreadyImportedProblem(Guid Id) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.Headers.Location = $"/api/elections/{Id}";
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The command does not fit the current state",
                detail: $"this file (same SHA-256) was imported already as election {Id}", type: "urn:budgeting:problem:already-imported",
                extensions: new Dictionary<string, object?> { ["rule"] = "already-imported", ["existingId"] = Id }).ExecuteAsync(http);
        }
    }
}

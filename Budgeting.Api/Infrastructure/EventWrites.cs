using Budgeting.Domain.Common;
using Marten;

namespace Budgeting.Api.Infrastructure;

/// <summary>
/// The one place where a pure decision meets the event store: a rejection becomes a problem document,
/// accepted events are appended (with optimistic concurrency) and committed in one transaction.
/// </summary>
public static class EventWrites
{
    /// <summary>Starts the stream; <paramref name="documents"/> are stored in the same transaction, and only when accepted.</summary>
    public static async Task<IResult> StartStream<TAggregate>(
        this IDocumentSession session, Guid id, Decision decision, string location, params object[] documents)
        where TAggregate : class
    {
        if (decision.Rejection is { } rejection) return rejection.ToProblem();
        session.Events.StartStream<TAggregate>(id, decision.Events.ToArray());
        if (documents.Length > 0) session.StoreObjects(documents);
        await session.SaveChangesAsync();
        var version = decision.Events.Count;
        return new Written(StatusCodes.Status201Created, id, version, location);
    }

    /// <summary>Loads the stream, checks If-Match (412 when stale), decides, appends and commits.</summary>
    public static async Task<IResult> Append<TAggregate>(
        this IDocumentSession session, Guid id, HttpContext http, Func<TAggregate, Decision> decide, string what)
        where TAggregate : class
    {
        var stream = await session.Events.FetchForWriting<TAggregate>(id, http.RequestAborted);
        if (stream.Aggregate is null) return Problems.NotFound(what, id);
        if (ETags.IfMatch(http) is { } expected && expected != stream.CurrentVersion)
            return ETags.PreconditionFailed(expected, stream.CurrentVersion ?? 0);
        var decision = decide(stream.Aggregate);
        if (decision.Rejection is { } rejection) return rejection.ToProblem();
        stream.AppendMany(decision.Events.ToArray());
        await session.SaveChangesAsync(http.RequestAborted);
        return new Written(StatusCodes.Status200OK, id, stream.CurrentVersion ?? 0, null);
    }
}

/// <summary>The answer to an accepted command: the stream id and its new version, also as an ETag.</summary>
public sealed record Written(int StatusCode, Guid Id, long Version, string? Location) : IResult
{
    public Task ExecuteAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCode;
        http.Response.Headers.ETag = ETags.Format(Version);
        if (Location is not null) http.Response.Headers.Location = Location;
        return http.Response.WriteAsJsonAsync(new { id = Id, version = Version });
    }
}

using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using JasperFx.Events;
using Marten;

namespace Budgeting.Api.Audit.TimeTravel;

/// <summary>
/// A read model of one stream as of a past point: the stream's inline projection (its own Create/Apply), run by Marten
/// over the events up to the version current at that point (from the nearest <see cref="Checkpoints"/> of a long
/// stream). Now is the stored document itself. The API answers a refusal as a problem document, a page as a message.
/// </summary>
public static class PastState
{
    public static async Task<IResult> Answer<T>(IQuerySession session, Guid id, string? asOf, string? version, string what,
        Func<T, IResult> answer, CancellationToken token) where T : class
    {
        var (point, invalid) = AsOf.Parse(asOf, version);
        if (invalid is not null) return invalid.ToProblem();
        var (state, problem) = await Load<T>(session, id, point!, what, token);
        return problem ?? answer(state!);
    }

    public static async Task<(T?, IResult?)> Load<T>(IQuerySession session, Guid id, AsOf asOf, string what, CancellationToken token)
        where T : class
    {
        var (state, refusal) = await State<T>(session, id, asOf, what, token);
        return (state, refusal?.ToProblem());
    }

    public static async Task<(T?, Rejection?)> State<T>(IQuerySession session, Guid id, AsOf asOf, string what, CancellationToken token)
        where T : class
    {
        if (asOf.IsNow)
            return await session.LoadAsync<T>(id, token) is { } now ? (now, null) : (null, NotFound(what, id));
        var point = await StreamVersions.At(session, id, asOf, token);
        if (Missing(point, asOf, what, id) is { } missing) return (null, missing);
        var version = Math.Max(point.Version, 1);
        var state = await Checkpoints.Fold<T>(session, id, version, token);
        if (state is null) return (null, NotFound(what, id));
        return point.Version == 0 ? (null, NotYet(asOf, what, id)) : (state, null);
    }

    /// <summary>The events of one stream up to a past point; <paramref name="isSubject"/> tells its kind from the first event.</summary>
    public static async Task<(IReadOnlyList<IEvent>, IResult?)> Events(IQuerySession session, Guid id, AsOf asOf, string what,
        Func<object, bool> isSubject, CancellationToken token)
    {
        var point = asOf.IsNow ? null : await StreamVersions.At(session, id, asOf, token);
        if (point is not null && Missing(point, asOf, what, id) is { } missing) return ([], missing.ToProblem());
        var events = await session.Events.FetchStreamAsync(id, version: point is null ? 0 : Math.Max(point.Version, 1), token: token);
        if (events.Count == 0 || !isSubject(events[0].Data)) return ([], Problems.NotFound(what, id));
        return point?.Version == 0 ? ([], NotYet(asOf, what, id).ToProblem()) : (events, null);
    }

    public static Rejection NotFound(string what, Guid id) => new(RejectionKind.NotFound, "id", "known-id", $"no {what} with id {id}");

    private static Rejection? Missing(StreamPoint point, AsOf asOf, string what, Guid id) =>
        point.Latest == 0 ? NotFound(what, id)
        : point.Version > point.Latest ? new Rejection(RejectionKind.NotFound, "version", "no-such-version",
            $"{what} {id} has no version {point.Version}; its latest is {point.Latest}")
        : null;

    private static Rejection NotYet(AsOf asOf, string what, Guid id) =>
        new(RejectionKind.NotFound, "asOf", "not-yet", $"{what} {id} did not exist {asOf.Describe()}");
}

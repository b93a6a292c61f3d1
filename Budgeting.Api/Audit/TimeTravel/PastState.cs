using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using JasperFx.Events;
using Marten;

namespace Budgeting.Api.Audit.TimeTravel;

/// <summary>
/// A read model of one stream as of a past point: the stream's inline projection (its own Create/Apply), run by Marten
/// over the events up to the version current at that point (from the nearest <see cref="Checkpoints"/> of a long
/// stream). Now is the stored document itself.
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
        if (asOf.IsNow)
            return await session.LoadAsync<T>(id, token) is { } now ? (now, null) : (null, Problems.NotFound(what, id));
        var point = await StreamVersions.At(session, id, asOf, token);
        if (Missing(point, asOf, what, id) is { } missing) return (null, missing);
        var version = Math.Max(point.Version, 1);
        var state = await Checkpoints.Fold<T>(session, id, version, token);
        if (state is null) return (null, Problems.NotFound(what, id));
        return point.Version == 0 ? (null, NotYet(asOf, what, id)) : (state, null);
    }

    /// <summary>The events of one stream up to a past point; <paramref name="isSubject"/> tells its kind from the first event.</summary>
    public static async Task<(IReadOnlyList<IEvent>, IResult?)> Events(IQuerySession session, Guid id, AsOf asOf, string what,
        Func<object, bool> isSubject, CancellationToken token)
    {
        var point = asOf.IsNow ? null : await StreamVersions.At(session, id, asOf, token);
        if (point is not null && Missing(point, asOf, what, id) is { } missing) return ([], missing);
        var events = await session.Events.FetchStreamAsync(id, version: point is null ? 0 : Math.Max(point.Version, 1), token: token);
        if (events.Count == 0 || !isSubject(events[0].Data)) return ([], Problems.NotFound(what, id));
        return point?.Version == 0 ? ([], NotYet(asOf, what, id)) : (events, null);
    }

    private static IResult? Missing(StreamPoint point, AsOf asOf, string what, Guid id) =>
        point.Latest == 0 ? Problems.NotFound(what, id)
        : point.Version > point.Latest ? new Rejection(RejectionKind.NotFound, "version", "no-such-version",
            $"{what} {id} has no version {point.Version}; its latest is {point.Latest}").ToProblem()
        : null;

    private static IResult NotYet(AsOf asOf, string what, Guid id) =>
        new Rejection(RejectionKind.NotFound, "asOf", "not-yet", $"{what} {id} did not exist {asOf.Describe()}").ToProblem();
}

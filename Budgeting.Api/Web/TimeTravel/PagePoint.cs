using Budgeting.Api.Audit.TimeTravel;
using Budgeting.Domain.Common;
using JasperFx.Events;
using NodaTime;
using NodaTime.Text;

namespace Budgeting.Api.Web.TimeTravel;

/// <summary>One recorded moment of a subject's history: the instant its event was stored, its version and what happened.</summary>
public sealed record RecordedPoint(Instant At, long Version, string Type)
{
    public static RecordedPoint From(IEvent e) => new(Instant.FromDateTimeOffset(e.Timestamp), e.Version, e.Data.GetType().Name);
}

/// <summary>
/// The point in time a page shows: <c>?asOf=</c> (an ISO-8601 instant, as the API takes it) or <c>?at=</c> (a date and
/// time in Asia/Seoul, as a datetime-local field sends it); neither is now.
/// </summary>
public static class PagePoint
{
    private static readonly LocalDateTimePattern[] Local =
        [LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss"), LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm")];

    public static (AsOf?, Rejection?) Parse(string? asOf, string? at)
    {
        if (string.IsNullOrWhiteSpace(at)) return AsOf.Parse(asOf);
        var local = Local.Select(p => p.Parse(at.Trim())).FirstOrDefault(r => r.Success);
        return local is null
            ? (null, Rejection.Invalid("asOf", "instant", "at must be a date and time such as 2026-03-02T09:30"))
            : (new AsOf(local.Value.InZoneLeniently(Seoul.Zone).ToInstant(), null), null);
    }

    /// <summary>The exact instant a recorded point stands for, as <c>asOf</c> takes it (to the microsecond).</summary>
    public static string Query(Instant at) => InstantPattern.ExtendedIso.Format(at);
}

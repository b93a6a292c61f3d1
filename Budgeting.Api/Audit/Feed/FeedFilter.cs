using Budgeting.Domain.Common;
using NodaTime;
using NodaTime.Text;

namespace Budgeting.Api.Audit.Feed;

/// <summary>Which events the audit feed shows: a time range (by the event's recorded timestamp), stream, type, actor, role.</summary>
public sealed record FeedFilter(Instant? From, Instant? To, Guid? StreamId, string? Type, string? ActorId, string? Role,
    int Page, int PageSize)
{
    public const int MaxPageSize = 500;

    public static (FeedFilter?, Rejection?) Create(string? from, string? to, string? streamId, string? type,
        string? actorId, string? role, int? page, int? pageSize)
    {
        var (fromInstant, badFrom) = ParseInstant(from, "from");
        var (toInstant, badTo) = ParseInstant(to, "to");
        Guid? stream = null;
        if (!string.IsNullOrWhiteSpace(streamId))
        {
            if (!Guid.TryParse(streamId, out var parsed)) return (null, Rejection.Invalid("streamId", "guid", "streamId must be a stream's id"));
            stream = parsed;
        }
        if ((badFrom ?? badTo) is { } bad) return (null, bad);
        if (page is < 1) return (null, Rejection.Invalid("page", "positive", "page starts at 1"));
        if (pageSize is < 1 or > MaxPageSize)
            return (null, Rejection.Invalid("pageSize", "range", $"pageSize is between 1 and {MaxPageSize}"));
        return (new FeedFilter(fromInstant, toInstant, stream, Blank(type), Blank(actorId), Blank(role), page ?? 1, pageSize ?? 50), null);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static (Instant?, Rejection?) ParseInstant(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        var parsed = InstantPattern.ExtendedIso.Parse(text);
        return parsed.Success
            ? (parsed.Value, null)
            : (null, Rejection.Invalid(field, "instant", $"{field} must be an ISO-8601 instant such as 2026-03-02T00:30:00Z"));
    }
}

using System.Globalization;
using Budgeting.Domain.Common;
using NodaTime;
using NodaTime.Text;

namespace Budgeting.Api.Audit.TimeTravel;

/// <summary>
/// Which past state a read asks for: as of an instant (compared with each event's recorded timestamp) or as of a
/// version of the subject's stream. Neither means now, read from the stored read model.
/// </summary>
public sealed record AsOf(Instant? At, long? Version)
{
    public static readonly AsOf Now = new(null, null);

    public bool IsNow => At is null && Version is null;

    public static (AsOf?, Rejection?) Parse(string? asOf, string? version = null)
    {
        var hasInstant = !string.IsNullOrWhiteSpace(asOf);
        var hasVersion = !string.IsNullOrWhiteSpace(version);
        if (hasInstant && hasVersion) return (null, Rejection.Invalid("version", "one-of", "give asOf or version, not both"));
        if (hasVersion)
            return long.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= 1
                ? (new AsOf(null, v), null)
                : (null, Rejection.Invalid("version", "range", "version must be a whole number from 1"));
        if (!hasInstant) return (Now, null);
        return ParseInstant(asOf!) is { } at
            ? (new AsOf(at, null), null)
            : (null, Rejection.Invalid("asOf", "instant",
                "asOf must be an ISO-8601 instant such as 2026-03-02T00:30:00.123456Z or 2026-03-02T09:30:00+09:00"));
    }

    public string Describe() => At is { } at ? $"at {InstantPattern.ExtendedIso.Format(at)}" : $"at version {Version}";

    /// <summary>An unescaped '+' of an offset arrives as a space; no instant contains one.</summary>
    private static Instant? ParseInstant(string text)
    {
        text = text.Trim().Replace(' ', '+');
        if (InstantPattern.ExtendedIso.Parse(text) is { Success: true } utc) return utc.Value;
        return OffsetDateTimePattern.ExtendedIso.Parse(text) is { Success: true } offset ? offset.Value.ToInstant() : null;
    }
}

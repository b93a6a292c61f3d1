using Budgeting.Domain.Common;
using NodaTime;
using NodaTime.Text;

namespace Budgeting.Api.Web.UI;

/// <summary>
/// A local date and time in Asia/Seoul as <c>&lt;input type=datetime-local&gt;</c> writes and sends it (2027-03-31T18:00, seconds
/// when a browser adds them). What cannot be read is refused at the form's edge; the schedule is the domain's to judge.
/// </summary>
public static class SeoulTime
{
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");
    private static readonly LocalDateTimePattern[] Accepted = [Minutes, LocalDateTimePattern.ExtendedIso];

    /// <summary>The value of a datetime-local input.</summary>
    public static string Input(LocalDateTime local) => Minutes.Format(local);

    public static (LocalDateTime? Value, Rejection? Refusal) Parse(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        foreach (var pattern in Accepted)
            if (pattern.Parse(text.Trim()) is { Success: true } parsed) return (parsed.Value, null);
        return (null, Rejection.Invalid(field, "local-date-time", $"{field} must be a local date and time such as 2027-03-31T18:00"));
    }
}

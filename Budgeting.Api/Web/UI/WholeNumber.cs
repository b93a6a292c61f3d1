using System.Globalization;
using Budgeting.Domain.Common;

namespace Budgeting.Api.Web.UI;

/// <summary>
/// A count typed into a form (a year, a number of projects, points, an age): digits only. Anything else is refused at the
/// form's edge, as the API's JSON reader refuses a number that is not whole; the value itself is the domain's to judge.
/// </summary>
public static class WholeNumber
{
    public static (int? Value, Rejection? Refusal) Parse(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        return int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? (value, null)
            : (null, Rejection.Invalid(field, "whole-number", $"{field} must be a whole number"));
    }
}

using System.Globalization;
using Budgeting.Domain.Common;

namespace Budgeting.Api.Web.UI;

/// <summary>
/// An amount typed into a form: digits, with or without thousands separators (1,234,000). Anything else is refused at
/// the form's edge, as the API's JSON reader refuses a number that is not whole; the amount itself is the domain's to judge.
/// </summary>
public static class WholeWon
{
    public static (long? Amount, Rejection? Refusal) Parse(string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, null);
        var digits = text.Trim().Replace(",", "").Replace("원", "").Replace("₩", "").Trim();
        return long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount)
            ? (amount, null)
            : (null, Rejection.Invalid(field, "whole-won", $"{field} must be a whole number of won"));
    }
}

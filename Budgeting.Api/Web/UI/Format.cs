using System.Collections.Concurrent;
using System.Globalization;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Proposals;
using Microsoft.Extensions.Localization;
using NodaTime;
using NodaTime.Text;

namespace Budgeting.Api.Web.UI;

/// <summary>Money, dates and times as the reader's language writes them; instants always in Asia/Seoul.</summary>
public static class Format
{
    private static readonly CultureInfo Numbers = CultureInfo.InvariantCulture;

    /// <summary>1,234,000원 in Korean, ₩1,234,000 in English.</summary>
    public static string Won(this IStringLocalizer t, Won amount) => t.Won(amount.Value);

    public static string Won(this IStringLocalizer t, long amount) => string.Format(t["format.won"], amount.ToString("N0", Numbers));

    public static string When(this IStringLocalizer t, Instant instant) => t.When(instant.InZone(Seoul.Zone).LocalDateTime);

    public static string Day(this IStringLocalizer t, LocalDate date) =>
        Dates.GetOrAdd((t["format.date"], CultureInfo.CurrentUICulture.Name),
            key => LocalDatePattern.Create(key.Item1, CultureInfo.GetCultureInfo(key.Item2))).Format(date);

    public static string Day(this IStringLocalizer t, Instant instant) => t.Day(instant.InZone(Seoul.Zone).Date);

    /// <summary>The machine-readable form for a <c>&lt;time datetime&gt;</c> attribute.</summary>
    public static string Iso(Instant instant) => InstantPattern.General.Format(instant);

    public static string District(this IStringLocalizer t, string code) => t["district." + code];

    public static string Category(this IStringLocalizer t, string code) => t["category." + code];

    public static string Status(this IStringLocalizer t, ProposalStatus status) => t["status." + status];

    public static string Phase(this IStringLocalizer t, Phase phase) => t["phase." + phase];

    public static string When(this IStringLocalizer t, LocalDateTime local) => Pattern(t["format.datetime"]).Format(local);

    public static string Percent(int value) => value.ToString(Numbers) + "%";

    private static readonly ConcurrentDictionary<(string, string), LocalDateTimePattern> DateTimes = new();
    private static readonly ConcurrentDictionary<(string, string), LocalDatePattern> Dates = new();

    /// <summary>Patterns are parsed once per text and language: making one takes far longer than formatting with it.</summary>
    private static LocalDateTimePattern Pattern(string text) => DateTimes.GetOrAdd((text, CultureInfo.CurrentUICulture.Name),
        key => LocalDateTimePattern.Create(key.Item1, CultureInfo.GetCultureInfo(key.Item2)));
}

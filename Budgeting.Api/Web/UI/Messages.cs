using System.Text.RegularExpressions;
using Budgeting.Api.Commands;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Proposals;
using Microsoft.Extensions.Localization;

namespace Budgeting.Api.Web.UI;

/// <summary>
/// A domain rejection in the reader's language: the text of its rule (<c>rule.&lt;rule&gt;</c>), with the field's label and
/// the rejection's figures put in (a rule may have variants, <c>rule.&lt;rule&gt;.&lt;variant&gt;</c>). A rule without a text shows
/// the domain's own sentence after a general one.
/// </summary>
public static partial class Messages
{
    public static string For(IStringLocalizer t, Rejection rejection)
    {
        var template = rejection.Args.TryGetValue("variant", out var variant) && t[$"rule.{rejection.Rule}.{variant}"] is { ResourceNotFound: false } specific
            ? specific
            : t["rule." + rejection.Rule];
        if (template.ResourceNotFound) return t["rule.other", rejection.Message];
        return Placeholder().Replace(template.Value, m => Value(t, rejection, m.Groups[1].Value));
    }

    /// <summary>What a page says for an outcome that is not an acceptance.</summary>
    public static string For(IStringLocalizer t, Outcome outcome) => outcome switch
    {
        Outcome.Refused r => For(t, r.Rejection),
        Outcome.Stale { Changes.Count: > 0 } stale =>
            t["form.stale.changes", string.Join(", ", stale.Changes.Select(c => Named(t, "event." + c, c)))],
        Outcome.Stale => t["form.stale"],
        Outcome.Missing => t["status.404.title"],
        Outcome.Repeated => t["form.repeated"],
        _ => "",
    };

    private static string Value(IStringLocalizer t, Rejection rejection, string name)
    {
        if (name == "field") return Label(t, rejection.Field);
        var value = rejection.Args.GetValueOrDefault(name, "");
        return name switch
        {
            "status" when Enum.TryParse<ProposalStatus>(value, out var status) => t.Status(status),
            "needed" or "phase" when Enum.TryParse<Phase>(value, out var phase) => t.Phase(phase),
            "max" or "min" when long.TryParse(value, out var number) => number.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            _ => value,
        };
    }

    private static string Named(IStringLocalizer t, string key, string fallback) => t[key] is { ResourceNotFound: false } name ? name : fallback;

    /// <summary>A field's label as the forms show it; an indexed field (lineItems[2].amount) by its last part.</summary>
    public static string Label(IStringLocalizer t, string field)
    {
        var name = IndexPart().Replace(field, "");
        var label = t["field." + name];
        return label.ResourceNotFound ? field : label.Value;
    }

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^.*\]\.")]
    private static partial Regex IndexPart();
}

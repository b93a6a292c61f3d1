using System.Text.RegularExpressions;
using System.Xml.Linq;
using Budgeting.Api.Cycles.Explaining;
using Budgeting.Domain.Rules.Explaining;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Proposals;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Web;

/// <summary>Every string the pages show exists in Korean and in English, and every code the pages translate has its text.</summary>
public partial class TranslationTests
{
    private static readonly Dictionary<string, string> Korean = Strings("Text.resx"), English = Strings("Text.en.resx");

    [Fact]
    public void every_key_has_both_languages_and_neither_is_empty()
    {
        Assert.Empty(Korean.Keys.Except(English.Keys));
        Assert.Empty(English.Keys.Except(Korean.Keys));
        Assert.Empty(Korean.Concat(English).Where(s => string.IsNullOrWhiteSpace(s.Value)).Select(s => s.Key));
    }

    [Fact]
    public void every_key_a_page_names_exists()
    {
        var named = Repository.Files("Budgeting.Api/Web", "*.razor")
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .Where(k => !k.Key.EndsWith('.'))
            .ToList();
        Assert.NotEmpty(named);
        Assert.Empty(named.Where(k => !Korean.ContainsKey(k.Key)).Select(k => $"{k.File}: {k.Key}"));
    }

    [Fact]
    public void every_rule_the_domain_and_the_api_refuse_with_has_a_text()
    {
        var rules = Repository.Files("Budgeting.Domain", "*.cs").Concat(Repository.Files("Budgeting.Api", "*.cs"))
            .SelectMany(f => RuleCode().Matches(File.ReadAllText(f)).Select(m => m.Groups["rule"].Value))
            .Distinct().Order().ToList();
        Assert.True(rules.Count > 50, $"found only {rules.Count} rule codes: the pattern no longer reads the sources");
        Assert.Empty(rules.Where(r => !Korean.ContainsKey("rule." + r)));
    }

    [Fact]
    public void every_code_the_pages_translate_has_a_text()
    {
        var codes = Seoul.Districts.Keys.Select(d => "district." + d).Append("district." + Seoul.CityWide)
            .Concat(Categories.All.Keys.Select(c => "category." + c))
            .Concat(Enum.GetNames<ProposalStatus>().Select(s => "status." + s))
            .Concat(Enum.GetNames<Phase>().Select(p => "phase." + p))
            .Concat(Enum.GetNames<Phase>().Select(p => "now." + p))
            .Concat(Role.All.Select(r => "role." + r))
            .Concat(Events().Select(t => "event." + t.Name))
            .Concat([$"channel.{Channel.Online}", $"channel.{Channel.FieldOffice}"])
            .Concat(Enum.GetValues<ReasonCode>().Select(c => "reason." + ExplanationView.Code(c)));
        Assert.Empty(codes.Where(c => !Korean.ContainsKey(c)));
    }

    [Fact]
    public void placeholders_are_the_same_in_both_languages()
    {
        var differ = Korean.Keys.Where(k => !Placeholders(Korean[k]).SetEquals(Placeholders(English[k]))).ToList();
        Assert.Empty(differ);
    }

    /// <summary>The domain's events: records that say who caused them and when (every page that lists history names them).</summary>
    private static IEnumerable<Type> Events() => typeof(IProposalEvent).Assembly.GetTypes().Where(t =>
        t.IsClass && t.GetProperty("By")?.PropertyType == typeof(Actor) && t.GetProperty("At")?.PropertyType == typeof(NodaTime.Instant));

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static Dictionary<string, string> Strings(string file) =>
        XDocument.Load(Path.Combine(Repository.Root(), "Budgeting.Api", "Web", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")?.Value ?? "");

    /// <summary>T["key"] with a literal key (a key built from a value, T["status." + s], is checked by the code test).</summary>
    [GeneratedRegex("""T\["([A-Za-z0-9.\-]+)"[\],]""")]
    private static partial Regex LiteralKey();

    [GeneratedRegex("""Rejection\.(?:Invalid\([^,]+,\s*|Conflict\(|Forbidden\()"(?<rule>[a-z0-9\-]+)"|new Rejection\(RejectionKind\.\w+,\s*[^,]+,\s*"(?<rule>[a-z0-9\-]+)"|\["rule"\]\s*=\s*"(?<rule>[a-z0-9\-]+)"|Rejection\.Invalid\([^;]*?,\s*"(?<rule>[a-z0-9\-]+)",\s*\$?"[^"]*"\)""")]
    private static partial Regex RuleCode();

    [GeneratedRegex(@"\{[a-z0-9]+\}")]
    private static partial Regex Placeholder();
}

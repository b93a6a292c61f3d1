using System.Globalization;
using Budgeting.Domain.Rules;

namespace Budgeting.Domain.Pabulib;

/// <summary>
/// The rule a Pabulib file says chose its winners (META <c>rule</c>), as one of the engine's rules with its
/// parameters from META (<c>min_project_score_threshold</c>).
/// </summary>
public sealed record OfficialRule(string MetaValue, string Rule, RuleParameters Parameters)
{
    /// <summary>Each META value the engine runs, and the rule that runs it.</summary>
    public static readonly IReadOnlyDictionary<string, string> RuleByMetaValue = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["greedy"] = "greedy_score",
        ["greedy-no-skip"] = "greedy_no_skip",
        ["greedy-threshold"] = "greedy_threshold",
        ["equalshares"] = "equalshares",
        ["equalshares-comparison"] = "equalshares_comparison",
        ["equalshares/add1"] = "equalshares_add1",
        ["equalshares/add1-comparison"] = "equalshares_add1_comparison",
    };

    public const string ThresholdKey = "min_project_score_threshold";

    /// <summary>The file's official rule, or null with the reason it has none the engine can run.</summary>
    public static OfficialRule? Of(PbFile file, out string? problem)
    {
        var meta = file.MetaValue("rule")?.Trim();
        problem = meta switch
        {
            null or "" => "the file names no rule (META rule)",
            "unknown" => "the file does not know which rule chose its winners (rule: unknown)",
            "greedy-exclusive" or "greedy-custom" =>
                $"rule {meta} is greedy with the city's own exceptions, which the file's comments describe; no engine rule runs it",
            _ when !RuleByMetaValue.ContainsKey(meta) => $"rule {meta} is not one the engine knows",
            _ => null,
        };
        if (problem is not null) return null;
        var rule = RuleByMetaValue[meta!];
        var parameters = ParametersFor(file, rule, out problem);
        return problem is null ? new OfficialRule(meta!, rule, parameters) : null;
    }

    /// <summary>A rule's parameters as the file's META sets them; <paramref name="problem"/> says when they do not suit it.</summary>
    public static RuleParameters ParametersFor(PbFile file, string rule, out string? problem)
    {
        var threshold = file.MetaValue(ThresholdKey);
        long? minimum = null;
        if (AllocationRules.TakesMinimumScore(rule) && !string.IsNullOrWhiteSpace(threshold))
        {
            if (!Rational.TryParse(threshold, out var value) || !value.IsInteger || value.Sign < 0)
            {
                problem = $"{ThresholdKey} '{threshold}' is not a whole number";
                return RuleParameters.None;
            }
            minimum = (long)value.Numerator;
        }
        var parameters = new RuleParameters(minimum);
        problem = AllocationRules.ParameterProblem(rule, parameters)?.Replace("a minimumScore", $"a minimum score ({ThresholdKey})");
        return parameters;
    }

    /// <summary>The META lines that name a rule with its parameters, as an exported file should carry them.</summary>
    public static IEnumerable<KeyValuePair<string, string>> MetaOf(string rule, RuleParameters parameters)
    {
        var meta = RuleByMetaValue.FirstOrDefault(m => m.Value == rule).Key ?? rule;
        yield return new("rule", meta);
        if (parameters.MinimumScore is { } minimum) yield return new(ThresholdKey, minimum.ToString(CultureInfo.InvariantCulture));
    }
}

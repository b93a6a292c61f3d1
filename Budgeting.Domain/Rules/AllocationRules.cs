namespace Budgeting.Domain.Rules;

/// <summary>
/// The rules, by name: the twelve of pabulib's reference outcomes, and the official rules cities ran under the names
/// Pabulib files give them (greedy_score for <c>greedy</c>, equalshares_add1 for <c>equalshares/add1</c>, …).
/// </summary>
public static class AllocationRules
{
    private sealed record Definition(string Name, Func<RuleParameters, IAllocationRule> Create, bool TakesMinimumScore = false,
        bool NeedsMinimumScore = false);

    private static readonly IReadOnlyList<Definition> All =
    [
        Fixed(new GreedyRule("greedy_cost", Satisfaction.Cost)),
        Fixed(new GreedyRule("greedy_card", Satisfaction.Cardinality)),
        Fixed(new GreedyRule("greedy_points", Satisfaction.Points)),
        Fixed(new EqualSharesRule("mes_cost", Satisfaction.Cost, Completion.None)),
        Fixed(new EqualSharesRule("mes_card", Satisfaction.Cardinality, Completion.None)),
        Fixed(new EqualSharesRule("mes_points", Satisfaction.Points, Completion.None)),
        Fixed(new EqualSharesRule("mes_cost_greedy", Satisfaction.Cost, Completion.Greedy)),
        Fixed(new EqualSharesRule("mes_card_greedy", Satisfaction.Cardinality, Completion.Greedy)),
        Fixed(new EqualSharesRule("mes_cost_add1", Satisfaction.Cost, Completion.AddOne)),
        Fixed(new EqualSharesRule("mes_card_add1", Satisfaction.Cardinality, Completion.AddOne)),
        Fixed(new EqualSharesRule("mes_cost_add1_greedy", Satisfaction.Cost, Completion.AddOneThenGreedy)),
        Fixed(new EqualSharesRule("mes_card_add1_greedy", Satisfaction.Cardinality, Completion.AddOneThenGreedy)),
        Fixed(new GreedyByScoreRule("greedy_score", skipsWhatDoesNotFit: true, minimumScore: null)),
        new("greedy_no_skip", p => new GreedyByScoreRule("greedy_no_skip", skipsWhatDoesNotFit: false, p.MinimumScore),
            TakesMinimumScore: true),
        new("greedy_threshold", p => new GreedyByScoreRule("greedy_threshold", skipsWhatDoesNotFit: true, p.MinimumScore),
            TakesMinimumScore: true, NeedsMinimumScore: true),
        Fixed(new EqualSharesNetRule("equalshares", addOne: false, comparison: false)),
        Fixed(new EqualSharesNetRule("equalshares_comparison", addOne: false, comparison: true)),
        Fixed(new EqualSharesNetRule("equalshares_add1", addOne: true, comparison: false)),
        Fixed(new EqualSharesNetRule("equalshares_add1_comparison", addOne: true, comparison: true)),
    ];

    private static readonly Dictionary<string, Definition> ByNameIndex = All.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public static IReadOnlyList<string> Names { get; } = All.Select(r => r.Name).ToList();

    public static bool IsKnown(string? name) => name is not null && ByNameIndex.ContainsKey(name);

    public static bool TakesMinimumScore(string name) => ByNameIndex.TryGetValue(name, out var rule) && rule.TakesMinimumScore;

    /// <summary>Why these parameters do not suit the rule (a sentence naming the parameter), or null when they do.</summary>
    public static string? ParameterProblem(string name, RuleParameters parameters)
    {
        var rule = ByNameIndex[name];
        return parameters.MinimumScore switch
        {
            null when rule.NeedsMinimumScore => $"rule {name} needs a minimumScore: the score a project needs to be funded",
            not null when !rule.TakesMinimumScore => $"rule {name} takes no minimumScore",
            < 0 => "minimumScore must not be negative",
            _ => null,
        };
    }

    public static IAllocationRule ByName(string name, RuleParameters? parameters = null)
    {
        if (!ByNameIndex.TryGetValue(name, out var rule))
            throw new ArgumentException($"unknown allocation rule '{name}'; known: {string.Join(", ", Names)}", nameof(name));
        parameters ??= RuleParameters.None;
        return ParameterProblem(name, parameters) is { } problem
            ? throw new ArgumentException(problem, nameof(parameters))
            : rule.Create(parameters);
    }

    private static Definition Fixed(IAllocationRule rule) => new(rule.Name, _ => rule);
}

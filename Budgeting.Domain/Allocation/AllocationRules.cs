namespace Budgeting.Domain.Allocation;

/// <summary>The twelve rules, by the names pabulib's reference outcomes use.</summary>
public static class AllocationRules
{
    private static readonly IReadOnlyList<IAllocationRule> All =
    [
        new GreedyRule("greedy_cost", Satisfaction.Cost),
        new GreedyRule("greedy_card", Satisfaction.Cardinality),
        new GreedyRule("greedy_points", Satisfaction.Points),
        new EqualSharesRule("mes_cost", Satisfaction.Cost, Completion.None),
        new EqualSharesRule("mes_card", Satisfaction.Cardinality, Completion.None),
        new EqualSharesRule("mes_points", Satisfaction.Points, Completion.None),
        new EqualSharesRule("mes_cost_greedy", Satisfaction.Cost, Completion.Greedy),
        new EqualSharesRule("mes_card_greedy", Satisfaction.Cardinality, Completion.Greedy),
        new EqualSharesRule("mes_cost_add1", Satisfaction.Cost, Completion.AddOne),
        new EqualSharesRule("mes_card_add1", Satisfaction.Cardinality, Completion.AddOne),
        new EqualSharesRule("mes_cost_add1_greedy", Satisfaction.Cost, Completion.AddOneThenGreedy),
        new EqualSharesRule("mes_card_add1_greedy", Satisfaction.Cardinality, Completion.AddOneThenGreedy),
    ];

    private static readonly Dictionary<string, IAllocationRule> ByNameIndex = All.ToDictionary(r => r.Name, StringComparer.Ordinal);

    public static IReadOnlyList<string> Names { get; } = All.Select(r => r.Name).ToList();

    public static bool IsKnown(string? name) => name is not null && ByNameIndex.ContainsKey(name);

    public static IAllocationRule ByName(string name) => ByNameIndex.TryGetValue(name, out var rule)
        ? rule
        : throw new ArgumentException($"unknown allocation rule '{name}'; known: {string.Join(", ", Names)}", nameof(name));
}

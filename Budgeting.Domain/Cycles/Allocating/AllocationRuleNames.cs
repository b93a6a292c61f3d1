namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>The allocation rules a cycle may name. Citizen-vote rules carry the pabulib names.</summary>
public static class AllocationRuleNames
{
    public const string CommitteePriority = "committee_priority";

    public static readonly IReadOnlyList<string> CitizenVote =
    [
        "greedy_cost", "greedy_card", "greedy_points", "mes_cost", "mes_card", "mes_points", "mes_cost_greedy",
        "mes_card_greedy", "mes_cost_add1", "mes_card_add1", "mes_cost_add1_greedy", "mes_card_add1_greedy",
    ];

    public const string Blend = "blend_committee_vote";

    public static IReadOnlyList<string> All => [CommitteePriority, .. CitizenVote, Blend];

    public static bool IsKnown(string rule) => All.Contains(rule);

    public static bool NeedsVoting(string rule) => rule != CommitteePriority;

    public static bool NeedsPoints(string rule) => rule.EndsWith("_points", StringComparison.Ordinal);
}

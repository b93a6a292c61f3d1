using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>
/// The allocation rules a cycle may name: committee priority, the blend, and every citizen-vote rule of
/// <see cref="AllocationRules"/> (the twelve of pabulib's reference, and the official rules by their Pabulib names).
/// </summary>
public static class AllocationRuleNames
{
    public const string CommitteePriority = "committee_priority";

    public static IReadOnlyList<string> CitizenVote => AllocationRules.Names;

    public const string Blend = "blend_committee_vote";

    public static IReadOnlyList<string> All => [CommitteePriority, .. CitizenVote, Blend];

    public static bool IsKnown(string rule) => All.Contains(rule);

    public static bool NeedsVoting(string rule) => rule != CommitteePriority;

    public static bool NeedsPoints(string rule) => rule.EndsWith("_points", StringComparison.Ordinal);

    public static Rejection? Check(string rule) => IsKnown(rule)
        ? null
        : Rejection.Invalid("rule", "known-rule", "rule must be one of: " + string.Join(", ", All));

    /// <summary>The parameters suit the rule: a minimum score for greedy_threshold (optional for greedy_no_skip), none for the others.</summary>
    public static Rejection? CheckParameters(string rule, RuleParameters parameters)
    {
        var problem = AllocationRules.IsKnown(rule)
            ? AllocationRules.ParameterProblem(rule, parameters)
            : parameters.MinimumScore is null ? null : $"rule {rule} takes no minimumScore";
        return problem is null ? null : Rejection.Invalid("ruleParameters.minimumScore", "rule-parameters", problem);
    }
}

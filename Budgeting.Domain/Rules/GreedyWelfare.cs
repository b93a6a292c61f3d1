using Budgeting.Domain.Rules.Explaining;

namespace Budgeting.Domain.Rules;

/// <summary>
/// Greedy utilitarian welfare: projects by total satisfaction per unit of cost, best first (ties: smallest id),
/// each taken when it still fits. A supported project that costs nothing comes first; an unsupported one has key 0.
/// </summary>
internal static class GreedyWelfare
{
    public static List<int> Complete(VoterProfile profile, IReadOnlyList<int> alreadySelected, ExplanationLog? log = null,
        string stage = "greedy")
    {
        var selection = alreadySelected.ToList();
        var taken = selection.ToHashSet();
        var left = profile.Election.Budget - profile.TotalCost(selection);
        var walk = log is null ? null : new GreedyWalk(log, stage, left);
        foreach (var p in Order(profile))
        {
            if (taken.Contains(p)) continue;
            if (profile.Costs[p] > left)
            {
                walk?.Skip(p, Score(profile, p), left);
                continue;
            }
            walk?.Fund(p, Score(profile, p), left);
            selection.Add(p);
            left -= profile.Costs[p];
        }
        walk?.End(left);
        return selection;
    }

    /// <summary>The key as an explanation shows it: none for a free supported project, which comes first.</summary>
    private static Rational? Score(VoterProfile profile, int p) => Key(profile, p) is { Infinite: false } key ? key.Value : null;

    private static IEnumerable<int> Order(VoterProfile profile) =>
        Enumerable.Range(0, profile.ProjectCount)
            .Select(p => (Project: p, Key: Key(profile, p)))
            .OrderByDescending(k => k.Key.Infinite)
            .ThenByDescending(k => k.Key.Value)
            .ThenBy(k => profile.IdRank[k.Project])
            .Select(k => k.Project);

    private static (bool Infinite, Rational Value) Key(VoterProfile profile, int p)
    {
        var total = profile.TotalUtility[p];
        if (total == 0) return (false, Rational.Zero);
        if (profile.Costs[p].Sign == 0) return (true, Rational.Zero);
        return profile.Satisfaction == Satisfaction.Cost ? (false, total) : (false, total / profile.Costs[p]);
    }
}

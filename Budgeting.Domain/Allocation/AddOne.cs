namespace Budgeting.Domain.Allocation;

/// <summary>
/// Add-one completion: Equal Shares again with every voter's budget one unit higher (B/n, B/n + 1, …) until the
/// outcome leaves no eligible project that still fits (keep it) or costs more than the budget (keep the one before).
/// </summary>
internal static class AddOne
{
    /// <summary>
    /// The most work a run may take, in raises × (ballot groups + projects): about fifteen seconds here. The
    /// reference raises by one currency unit for as long as it takes; with whole won and a few hundred voters that can
    /// be millions of Equal Shares runs (hours). Past this bound the rule refuses instead of blocking: the deciding
    /// command then answers with a conflict naming the bound. Every shared Pabulib instance settles within it (the
    /// heaviest, Warsaw 2026 with cardinality satisfaction, needs more than a fifth of it).
    /// </summary>
    public const long MaxWork = 50_000_000;

    public static long MaxRaisesFor(VoterProfile profile) => MaxWork / (profile.GroupProjects.Length + profile.ProjectCount);

    public static List<int> Run(VoterProfile profile, EqualShares shares, Rational startPerVoter)
    {
        var budget = profile.Election.Budget;
        var maxRaises = MaxRaisesFor(profile);
        List<int>? previous = null;
        for (var raise = 0L; ; raise++)
        {
            if (raise > maxRaises) throw new AllocationTooCostlyException(maxRaises);
            var selection = shares.Run(startPerVoter + raise);
            var cost = profile.TotalCost(selection);
            if (cost > budget) return previous ?? selection;
            if (LeavesNothingEligible(profile, shares, selection, budget - cost)) return selection;
            previous = selection;
        }
    }

    private static bool LeavesNothingEligible(VoterProfile profile, EqualShares shares, List<int> selection, Rational left)
    {
        var chosen = selection.ToHashSet();
        return Enumerable.Range(0, profile.ProjectCount)
            .All(p => chosen.Contains(p) || !shares.IsEligible(p) || profile.Costs[p] > left);
    }
}

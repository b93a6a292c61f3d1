namespace Budgeting.Domain.Allocation;

/// <summary>
/// Add-one completion: Equal Shares again with every voter's budget one unit higher (B/n, B/n + 1, …) until the
/// outcome leaves no eligible project that still fits (keep it) or costs more than the budget (keep the one before).
/// </summary>
internal static class AddOne
{
    public static List<int> Run(VoterProfile profile, EqualShares shares, Rational startPerVoter)
    {
        var budget = profile.Election.Budget;
        List<int>? previous = null;
        for (var raise = 0L; ; raise++)
        {
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

using Budgeting.Domain.Rules.Explaining;

namespace Budgeting.Domain.Rules;

/// <summary>The steps of an Equal Shares explanation around the runs themselves.</summary>
internal static class EqualSharesExplained
{
    /// <summary>
    /// Add-one kept the run at <see cref="AddOne.KeptBudget"/>: that run again, explained; it must choose as it did.
    /// </summary>
    public static List<int> AddOne(VoterProfile profile, PriceOrder order, AddOneStart start, AddOne addOne,
        List<int> selection, ExplanationLog log)
    {
        var explained = new EqualShares(profile, order).Run(addOne.KeptBudget, log: log);
        if (!explained.SequenceEqual(selection))
            throw new InvalidOperationException("the explained Equal Shares run chose otherwise than the run add-one kept");
        log.AddOne = new AddOneFigures(start.First, addOne.KeptBudget, addOne.KeptRaise);
        return selection;
    }

    public static void NoVoters(VoterProfile profile, ExplanationLog log)
    {
        for (var p = 0; p < profile.ProjectCount; p++)
            log.Decide(p, Verdict.NoSupport, ReasonCode.NoBallots);
    }
}

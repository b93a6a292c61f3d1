using Budgeting.Domain.Rules.Explaining;

namespace Budgeting.Domain.Rules;

/// <summary>How an Equal Shares outcome is completed when it leaves money unspent.</summary>
[Flags]
public enum Completion { None = 0, AddOne = 1, Greedy = 2, AddOneThenGreedy = AddOne | Greedy }

/// <summary>
/// mes_* rules: the Method of Equal Shares with a satisfaction, optionally with the budget per voter raised one unit
/// at a time (add-one), optionally completed by greedy utilitarian welfare with the same satisfaction.
/// </summary>
public sealed class EqualSharesRule(string name, Satisfaction satisfaction, Completion completion) : IAllocationRule
{
    public string Name => name;

    /// <summary>Add-one by unit stepping instead of jumping: the tests' oracle.</summary>
    internal bool Steps { get; init; }

    public AllocationOutcome Allocate(Election election)
    {
        var profile = VoterProfile.Of(election, satisfaction);
        return AllocationOutcome.Of(election, Select(profile, null).Select(p => profile.Ids[p]).ToList());
    }

    public Explanation Explain(Election election)
    {
        var log = new ExplanationLog(election);
        return log.Build(Name, Select(VoterProfile.Of(election, satisfaction), log));
    }

    private List<int> Select(VoterProfile profile, ExplanationLog? log)
    {
        var selection = profile.Voters == 0 ? [] : EqualSharesOutcome(profile, log);
        if (profile.Voters == 0 && log is not null) EqualSharesExplained.NoVoters(profile, log);
        if (completion.HasFlag(Completion.Greedy)) selection = GreedyWelfare.Complete(profile, selection, log, "greedy completion");
        return selection;
    }

    private List<int> EqualSharesOutcome(VoterProfile profile, ExplanationLog? log)
    {
        var budgetPerVoter = profile.Election.Budget / profile.Voters;
        if (!completion.HasFlag(Completion.AddOne)) return new EqualShares(profile, PriceOrder.Of(profile)).Run(budgetPerVoter, log: log);
        var start = new AddOneStart(budgetPerVoter, budgetPerVoter);
        var addOne = new AddOne(profile, PriceOrder.Of(profile), start, everyProjectCounts: false);
        var selection = Steps ? addOne.Step() : addOne.Jump();
        return log is null ? selection : EqualSharesExplained.AddOne(profile, PriceOrder.Of(profile), start, addOne, selection, log);
    }
}

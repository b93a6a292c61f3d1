using Budgeting.Domain.Rules.Explaining;

namespace Budgeting.Domain.Rules;

/// <summary>greedy_cost, greedy_card, greedy_points: greedy utilitarian welfare from an empty selection.</summary>
public sealed class GreedyRule(string name, Satisfaction satisfaction) : IAllocationRule
{
    public string Name => name;

    public AllocationOutcome Allocate(Election election)
    {
        var profile = VoterProfile.Of(election, satisfaction);
        var selection = GreedyWelfare.Complete(profile, []);
        return AllocationOutcome.Of(election, selection.Select(p => profile.Ids[p]).ToList());
    }

    public Explanation Explain(Election election)
    {
        var log = new ExplanationLog(election);
        return log.Build(Name, GreedyWelfare.Complete(VoterProfile.Of(election, satisfaction), [], log));
    }
}

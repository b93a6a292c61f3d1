using Budgeting.Domain.Rules;
using Budgeting.Domain.Rules.Explaining;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>
/// A cycle's allocation explained: the decision's rule run again on its recorded inputs and counted ballots, recording
/// as it goes; projects are the candidates, named by proposal id.
/// </summary>
public static class CycleExplanations
{
    public static Explanation Explain(string rule, RuleParameters parameters, AllocationInputs inputs,
        IReadOnlyList<CountedBallot> ballots) => Explain(rule, parameters, inputs, BallotProfiles.Of(ballots));

    public static Explanation Explain(string rule, RuleParameters parameters, AllocationInputs inputs,
        BallotProfiles ballots) =>
        rule switch
        {
            AllocationRuleNames.CommitteePriority => CommitteePriority.Explain(inputs),
            AllocationRuleNames.Blend => BlendCommitteeVote.Explain(inputs, ballots),
            _ => AllocationRules.ByName(rule, parameters)
                .Explain(VoteAllocation.ElectionOf(inputs, inputs.Ballots?.Kind ?? BallotKind.Approval, ballots)),
        };

    internal static ExplanationLog Log(AllocationInputs inputs) =>
        new(inputs.Candidates.Select(c => c.ProposalId.ToString("D")).ToList(),
            inputs.Candidates.Select(c => (Rational)c.Cost.Value).ToList(), inputs.Envelope.Value);
}

using Budgeting.Domain.Rules;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.AllocationRule;
using Budgeting.Domain.Cycles.Recommending;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Scoring;
using static Budgeting.Tests.Cycles.Voting.VotingGiven;
using Given = Budgeting.Tests.Cycles.Decisions.CycleGiven;

namespace Budgeting.Tests.Cycles.Voting;

public class ReplayAllocationTests
{
    private static readonly ProposalFacts[] Proposals = [Admitted(1, 500_000), Admitted(2, 400_000), Admitted(3, 300_000)];

    private static readonly CountedBallot[] Ballots =
    [
        new(P(101), [new(P(1), 1)], 5, 9), new(P(102), [new(P(2), 1), new(P(3), 1)], 6, 6),
        new(P(103), [new(P(3), 1)], 7, 7), new(P(104), [new(P(1), 1), new(P(3), 1)], 8, 8),
    ];

    private static AllocationDecided Decided(string rule, params object[] more) =>
        Assert.IsType<AllocationDecided>(Assert.Single(CloseAllocation.Decide(
            Cycle(Phase.Allocation, rule.EndsWith("_points") ? Cumulative(10) : null, rule: rule, more: [.. more, .. Minimum(rule)]),
            Proposals, new CloseAllocation(null), Given.Member, Given.Opened, Ballots).Events));

    /// <summary>A minimum of one supporter for the rules that take one.</summary>
    private static object[] Minimum(string rule) => AllocationRules.TakesMinimumScore(rule)
        ? [new RuleChanged(Given.CycleId, rule, rule, new RuleParameters(1), "one supporter at least", Given.Admin, Given.Opened)]
        : [];

    public static TheoryData<string> EveryRule => new(AllocationRuleNames.All);

    private static readonly RecommendationIssued Recommendation = new(Given.CycleId,
        [new RankedProposal(1, P(2), 36, 1, 9m), new RankedProposal(2, P(1), 20, 1, 5m)], "", Given.Member, Given.Opened);

    [Theory]
    [MemberData(nameof(EveryRule))]
    public void the_recorded_inputs_and_the_ballots_give_the_same_funding_again(string rule)
    {
        var decided = Decided(rule, Recommendation);
        var replay = ReplayAllocation.Replay(decided, Ballots.Reverse().ToList());
        Assert.True(replay.Matches, string.Join("; ", replay.Problems));
        Assert.Equal(decided.Funded, replay.Funded);
    }

    [Fact]
    public void a_committee_decision_replays_without_ballots() =>
        Assert.True(ReplayAllocation.Replay(Decided("committee_priority", Recommendation), []).Matches);

    [Fact]
    public void an_altered_missing_or_extra_ballot_is_named()
    {
        var decided = Decided("greedy_cost");
        var altered = Ballots.Select((b, i) => i == 0 ? b with { Selections = [new(P(2), 1)] } : b).ToList();
        var problems = ReplayAllocation.Replay(decided, altered).Problems;
        Assert.Contains(problems, p => p.StartsWith("the ballots given digest to"));
        Assert.Contains(ReplayAllocation.Replay(decided, Ballots[1..]).Problems, p => p == "3 ballots given, 4 counted");
    }

    [Fact]
    public void altered_inputs_are_named()
    {
        var decided = Decided("greedy_cost");
        var forged = decided with { Inputs = decided.Inputs with { Envelope = new(2_000_000) } };
        var replay = ReplayAllocation.Replay(forged, Ballots);
        Assert.False(replay.Matches);
        Assert.Contains(replay.Problems, p => p.StartsWith("the recorded inputs digest to"));
    }
}

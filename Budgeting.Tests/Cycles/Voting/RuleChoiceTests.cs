using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.AllocationRule;
using Budgeting.Domain.Cycles.Opening;
using Budgeting.Domain.Cycles.Scheduling;
using static Budgeting.Tests.Cycles.Voting.VotingGiven;
using Given = Budgeting.Tests.Cycles.Decisions.CycleGiven;

namespace Budgeting.Tests.Cycles.Voting;

/// <summary>A cycle's rule: chosen with its parameters when the cycle opens, changed by an administrator until the allocation.</summary>
public class RuleChoiceTests
{
    private static Decision Open(string? rule, long? minimumScore) => OpenCycle.Decide(Guid.NewGuid(),
        new OpenCycle("Seoul 2026", "city", 2026, 10_000_000_000, rule, null, null, new RuleParameters(minimumScore)), Given.Admin, Given.Opened);

    private static Decision Change(BudgetCycle cycle, string? rule, long? minimumScore = null, string? reason = "did not settle",
        Actor? by = null) =>
        ChangeRule.Decide(cycle, new ChangeRule(rule, new RuleParameters(minimumScore), reason), by ?? Given.Admin, Given.Opened);

    // Votes: 1 has three supporters, 2 has two, 3 has one; 6,000 won each, envelope 10,000.
    private static readonly CountedBallot[] Ballots =
    [
        new(P(101), [new(P(1), 1), new(P(2), 1), new(P(3), 1)]), new(P(102), [new(P(1), 1), new(P(2), 1)]), new(P(103), [new(P(1), 1)]),
    ];

    private static readonly ProposalFacts[] Proposals = [Admitted(1, 6_000), Admitted(2, 3_000), Admitted(3, 1_000)];

    [Fact]
    public void A_cycle_opens_with_the_minimum_score_of_greedy_threshold_and_its_allocation_applies_it()
    {
        var opened = Assert.IsType<CycleOpened>(Assert.Single(Open("greedy_threshold", 2).Events));
        Assert.Equal(new RuleParameters(2), BudgetCycle.Open(opened).RuleParameters);

        var cycle = Cycle(Phase.Allocation, rule: "greedy_cost", envelope: 10_000, more: new RuleChanged(Given.CycleId, "greedy_cost",
            "greedy_threshold", new RuleParameters(2), "as announced", Given.Admin, Given.Opened));
        var decided = Assert.IsType<AllocationDecided>(Assert.Single(
            CloseAllocation.Decide(cycle, Proposals, new CloseAllocation(null), Given.Member, Given.Opened, Ballots).Events));

        Assert.Equal([P(1), P(2)], decided.Funded.Select(f => f.ProposalId));
        Assert.Equal(("greedy_threshold", new RuleParameters(2)), (decided.Rule, decided.RuleParameters));
        Assert.True(ReplayAllocation.Replay(decided, Ballots).Matches);
    }

    [Theory]
    [InlineData("greedy_threshold", null, "needs a minimumScore")]
    [InlineData("greedy_score", 3L, "takes no minimumScore")]
    [InlineData("committee_priority", 3L, "takes no minimumScore")]
    [InlineData(null, 3L, "takes no minimumScore")]
    [InlineData("greedy_no_skip", -1L, "must not be negative")]
    public void Parameters_that_do_not_suit_the_rule_are_a_400_naming_them(string? rule, long? minimumScore, string why)
    {
        var rejection = Open(rule, minimumScore).Rejection!;

        Assert.Equal(("ruleParameters.minimumScore", "rule-parameters"), (rejection.Field, rejection.Rule));
        Assert.Contains(why, rejection.Message);
    }

    [Fact]
    public void An_administrator_changes_the_rule_with_a_reason_and_the_allocation_then_applies_the_new_one()
    {
        var cycle = Cycle(Phase.Allocation, rule: "mes_cost_add1", envelope: 10_000);

        var changed = Assert.IsType<RuleChanged>(Assert.Single(Change(cycle, "greedy_no_skip", reason: " stuck ").Events));
        Assert.Equal(("mes_cost_add1", "greedy_no_skip", "stuck"), (changed.From, changed.To, changed.Reason));

        var decided = Assert.IsType<AllocationDecided>(Assert.Single(CloseAllocation.Decide(BudgetCycle.Evolve(cycle, changed)!, Proposals,
            new CloseAllocation(null), Given.Member, Given.Opened, Ballots).Events));
        Assert.Equal("greedy_no_skip", decided.Rule);
        Assert.Equal([P(1), P(2), P(3)], decided.Funded.Select(f => f.ProposalId));
    }

    [Fact]
    public void The_rule_no_longer_changes_once_the_allocation_is_decided()
    {
        var cycle = Cycle(Phase.Allocation, rule: "greedy_cost", envelope: 10_000);
        var decided = CloseAllocation.Decide(cycle, Proposals, new CloseAllocation(null), Given.Member, Given.Opened, Ballots).Events.Single();

        var rejection = Change(BudgetCycle.Evolve(cycle, decided)!, "greedy_score").Rejection!;

        Assert.Equal((RejectionKind.Conflict, "already-allocated"), (rejection.Kind, rejection.Rule));
    }

    [Fact]
    public void A_change_must_suit_the_cycle_and_come_from_an_administrator_with_a_reason()
    {
        var voting = Cycle(Phase.Voting);
        Assert.Equal("admin-only", Change(voting, "greedy_score", by: Given.Member).Rejection!.Rule);
        var noReason = Change(voting, "greedy_score", reason: null).Rejection!;
        Assert.Equal(("reason", "required"), (noReason.Field, noReason.Rule));
        Assert.Equal("known-rule", Change(voting, "borda").Rejection!.Rule);
        Assert.Equal("rule-parameters", Change(voting, "greedy_threshold").Rejection!.Rule);
        Assert.Equal("needs-cumulative", Change(voting, "mes_points").Rejection!.Rule);
        Assert.Equal("unchanged", Change(voting, "greedy_cost").Rejection!.Rule);
        Assert.Equal("needs-voting", Change(Given.Cycle(), "greedy_score").Rejection!.Rule);
    }
}

using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Scheduling;
using static Budgeting.Tests.Cycles.Voting.VotingGiven;
using Given = Budgeting.Tests.Cycles.Decisions.CycleGiven;

namespace Budgeting.Tests.Cycles.Voting;

/// <summary>Add-one raises one currency unit at a time; in whole won that could take hours, so it is bounded.</summary>
public class AddOneBoundTests
{
    // Two voters with 5,000,000,000 won each: the 4,000,000,000 project is funded at once, the 6,000,000,000 one
    // only after 1,000,000,000 raises of one won — far past the bound (12,500,000 raises for 2 groups and 2 projects).
    [Fact]
    public void an_allocation_that_would_take_hours_is_refused_with_a_conflict_naming_the_bound()
    {
        var cycle = Cycle(Phase.Allocation, rule: "mes_cost_add1_greedy", envelope: 10_000_000_000);
        CountedBallot[] ballots = [new(P(101), [new(P(1), 1)]), new(P(102), [new(P(2), 1)])];
        var decision = CloseAllocation.Decide(cycle, [Admitted(1, 6_000_000_000), Admitted(2, 4_000_000_000)], new CloseAllocation(null),
            Given.Member, Given.Opened, ballots);
        Assert.Equal((RejectionKind.Conflict, "rule-did-not-settle"), (decision.Rejection!.Kind, decision.Rejection.Rule));
        Assert.Contains("12,500,000 raises", decision.Rejection.Message);
    }
}

using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Voting;
using Budgeting.Tests.Rules;
using static Budgeting.Tests.Cycles.Voting.VotingGiven;
using Given = Budgeting.Tests.Cycles.Decisions.CycleGiven;

namespace Budgeting.Tests.Cycles.Voting;

/// <summary>
/// Add-one in whole won: raises of one won that stepping would take for hours are jumped over; where no jump can be
/// vouched for and the work bound is reached, the allocation is refused with a conflict that says what to do.
/// </summary>
public class AddOneBoundTests
{
    // Two voters with 5,000,000,000 won each: the 4,000,000,000 project is funded at once, the 6,000,000,000 one only
    // after 1,000,000,000 raises of one won, where both together cost the envelope exactly (each costs its one
    // supporter all of its price: a tie, which goes to the smaller id). Stepping: hours.
    [Fact]
    public void an_allocation_a_billion_raises_away_is_decided()
    {
        var cycle = Cycle(Phase.Allocation, rule: "mes_cost_add1_greedy", envelope: 10_000_000_000);
        CountedBallot[] ballots = [new(P(101), [new(P(1), 1)]), new(P(102), [new(P(2), 1)])];
        var decision = CloseAllocation.Decide(cycle, [Admitted(1, 6_000_000_000), Admitted(2, 4_000_000_000)], new CloseAllocation(null),
            Given.Member, Given.Opened, ballots);
        var decided = Assert.IsType<AllocationDecided>(Assert.Single(decision.Events));
        Assert.Equal([P(1), P(2)], decided.Funded.Select(f => f.ProposalId));
        Assert.Equal(new Won(10_000_000_000), decided.Total);
    }

    [Fact]
    public void an_allocation_past_the_work_bound_is_a_conflict_saying_how_to_decide_the_cycle()
    {
        var projects = TiedUnderConstraint.Projects;
        var ids = projects.Select((p, i) => (p.Id, Proposal: P(i + 1))).ToDictionary(p => p.Id, p => p.Proposal);
        var ballots = TiedUnderConstraint.Ballots()
            .Select((named, v) => new CountedBallot(P(10_000 + v), [.. named.Select(id => new Selection(ids[id], 1))])).ToList();
        var cycle = Cycle(Phase.Allocation, rule: "equalshares_add1", envelope: TiedUnderConstraint.Budget);

        var decision = CloseAllocation.Decide(cycle, projects.Select((p, i) => Admitted(i + 1, p.Cost)).ToList(), new CloseAllocation(null),
            Given.Member, Given.Opened, ballots);

        Assert.Equal((RejectionKind.Conflict, "rule-did-not-settle"), (decision.Rejection!.Kind, decision.Rejection.Rule));
        Assert.Contains("did not settle within", decision.Rejection.Message);
        Assert.Contains($"POST /api/cycles/{Given.CycleId}/rule", decision.Rejection.Message);
    }
}

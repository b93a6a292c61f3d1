using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Voting;
using static Budgeting.Tests.Cycles.Voting.VotingGiven;
using Given = Budgeting.Tests.Cycles.Decisions.CycleGiven;

namespace Budgeting.Tests.Cycles.Voting;

/// <summary>
/// City cycles of Seoul's size — 10,000,000,000 won, 300 voters, 40 proposals of 50–900 million won — decided by every
/// add-one rule, where stepping one won at a time would take hours. Their timings: `ops/bench-rules --seoul`.
/// </summary>
public class SeoulSizeAddOneTests
{
    private const long Envelope = 10_000_000_000;

    [Theory]
    [InlineData("mes_cost_add1", 1)]
    [InlineData("mes_card_add1", 2)]
    [InlineData("mes_cost_add1_greedy", 3)]
    [InlineData("mes_card_add1_greedy", 1)]
    [InlineData("equalshares_add1", 2)]
    [InlineData("equalshares_add1_comparison", 3)]
    public void a_generated_city_cycle_is_decided_and_replays(string rule, int seed)
    {
        var random = new Random(seed);
        var proposals = Enumerable.Range(1, 40).Select(n => Admitted(n, 50_000_000 + random.NextInt64(850_000_001))).ToList();
        var popularity = proposals.Select(_ => 0.02 + random.NextDouble() * 0.38).ToArray();
        var ballots = Enumerable.Range(0, 300).Select(v => new CountedBallot(P(1_000 + v),
            [.. proposals.Where((_, j) => random.NextDouble() < popularity[j]).Select(p => new Selection(p.Id, 1))])).ToList();

        var decision = CloseAllocation.Decide(Cycle(Phase.Allocation, rule: rule, envelope: Envelope, scope: "city"), proposals,
            new CloseAllocation(null), Given.Member, Given.Opened, ballots);

        var decided = Assert.IsType<AllocationDecided>(Assert.Single(decision.Events));
        Assert.True(decided.Total <= new Won(Envelope));
        Assert.True(ReplayAllocation.Replay(decided, ballots).Matches);
    }
}

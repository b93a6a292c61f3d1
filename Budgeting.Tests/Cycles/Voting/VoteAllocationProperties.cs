using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Recommending;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Scoring;
using Budgeting.Domain.Cycles.Voting;
using CsCheck;
using static Budgeting.Tests.Cycles.Voting.VotingGiven;
using Given = Budgeting.Tests.Cycles.Decisions.CycleGiven;

namespace Budgeting.Tests.Cycles.Voting;

/// <summary>Random cycles (small whole-won amounts, so add-one's one-won raises stay few) through the allocation seam.</summary>
public class VoteAllocationProperties
{
    private sealed record Case(long Envelope, ProposalFacts[] Proposals, CountedBallot[] Ballots, RecommendationIssued Recommendation);

    private static readonly Gen<Case> Cases = Gen.Int.Select(seed =>
    {
        var random = new Random(seed);
        var proposals = Enumerable.Range(1, random.Next(1, 9)).Select(n => Admitted(n, random.Next(1, 400))).ToArray();
        var ballots = Enumerable.Range(0, random.Next(0, 12)).Select(v => new CountedBallot(Guid.NewGuid(),
            [.. proposals.Where(_ => random.Next(3) == 0).Select(p => new Selection(p.Id, 1))], v, v)).ToArray();
        var ranking = proposals.Where(_ => random.Next(2) == 0).Select((p, i) => new RankedProposal(i + 1, p.Id, random.Next(4, 41), 1, 0m));
        return new Case(random.Next(1, 1000), proposals, ballots,
            new RecommendationIssued(Given.CycleId, [.. ranking], "", Given.Member, Given.Opened));
    });

    private static readonly string[] Rules =
        ["greedy_cost", "greedy_card", "mes_cost", "mes_card_greedy", "mes_cost_add1_greedy", "mes_card_add1", "blend_committee_vote"];

    [Fact]
    public void vote_allocations_never_exceed_the_envelope_and_replay_identically() =>
        Cases.Sample(c =>
        {
            foreach (var rule in Rules)
            {
                var cycle = Cycle(Phase.Allocation, rule: rule, envelope: c.Envelope, more: c.Recommendation);
                var decision = CloseAllocation.Decide(cycle, c.Proposals, new CloseAllocation(null), Given.Member, Given.Opened, c.Ballots);
                var decided = Assert.IsType<AllocationDecided>(Assert.Single(decision.Events));
                Assert.True(decided.Total <= new Won(c.Envelope), rule);
                Assert.True(ReplayAllocation.Replay(decided, c.Ballots).Matches, rule);
            }
        }, iter: 300);
}

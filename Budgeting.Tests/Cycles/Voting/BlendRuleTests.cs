using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Voting;
using static Budgeting.Tests.Cycles.Voting.VotingGiven;

namespace Budgeting.Tests.Cycles.Voting;

public class BlendRuleTests
{
    /// <summary>Means 10, 8, 5 for ranks 1–3 (one scorer, four criteria); proposal 4 was not scored.</summary>
    private static AllocationInputs Inputs(long envelope = 100) => new(new Won(envelope),
    [
        new Candidate(P(1), new Won(60), 1, 40, 1), new Candidate(P(2), new Won(50), 2, 32, 1),
        new Candidate(P(3), new Won(40), 3, 20, 1), new Candidate(P(4), new Won(10), null),
    ]);

    private static CountedBallot[] Approvals(params int[][] ballots) =>
        ballots.Select((b, i) => new CountedBallot(P(100 + i), [.. b.Select(p => new Selection(P(p), 1))])).ToArray();

    /// <summary>Supporters: 1 → 1, 2 → 4, 3 → 2, 4 → 4.</summary>
    private static readonly CountedBallot[] Ballots = Approvals([2, 4], [2, 4], [2, 3, 4], [1, 2, 3, 4]);

    [Fact]
    public void half_normalised_committee_mean_plus_half_normalised_votes()
    {
        var order = BlendCommitteeVote.Order(Inputs(), Ballots);
        Assert.Equal([P(2), P(1), P(3), P(4)], order.Select(o => o.Candidate.ProposalId));
        Assert.Equal([new Rational(9, 10), new Rational(5, 8), new Rational(1, 2), new Rational(1, 2)], order.Select(o => o.Score));
    }

    [Fact]
    public void funds_greedily_in_blend_order_within_the_envelope() =>
        Assert.Equal([P(2), P(3), P(4)], BlendCommitteeVote.Allocate(Inputs(), Ballots).Select(f => f.ProposalId));

    [Fact]
    public void equal_scores_fall_back_to_committee_rank_then_proposal_id()
    {
        var inputs = new AllocationInputs(new Won(100),
            [new Candidate(P(9), new Won(1), null), new Candidate(P(8), new Won(1), null), new Candidate(P(7), new Won(1), 1, 4, 1)]);
        var order = BlendCommitteeVote.Order(inputs, Approvals([7, 8, 9], [8, 9]));
        Assert.Equal([P(7), P(8), P(9)], order.Select(o => o.Candidate.ProposalId));
        Assert.Equal([P(7), P(9)], BlendCommitteeVote.Order(inputs, Approvals([7], [9])).Take(2).Select(o => o.Candidate.ProposalId));
    }

    [Fact]
    public void without_ballots_it_follows_the_committee_and_funds_nobody_with_no_support()
    {
        Assert.Equal([P(1), P(3)], BlendCommitteeVote.Allocate(Inputs(), []).Select(f => f.ProposalId));
        Assert.Empty(BlendCommitteeVote.Allocate(new AllocationInputs(new Won(100), [new Candidate(P(4), new Won(10), null)]), []));
    }

    [Fact]
    public void cumulative_ballots_count_points()
    {
        CountedBallot[] points = [new(P(100), [new(P(3), 10)]), new(P(101), [new(P(1), 1)])];
        Assert.Equal(P(3), BlendCommitteeVote.Order(Inputs(), points)[0].Candidate.ProposalId);
    }
}

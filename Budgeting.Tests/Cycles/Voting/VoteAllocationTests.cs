using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Voting;
using static Budgeting.Tests.Cycles.Voting.VotingGiven;
using Given = Budgeting.Tests.Cycles.Decisions.CycleGiven;

namespace Budgeting.Tests.Cycles.Voting;

public class VoteAllocationTests
{
    private static readonly ProposalFacts[] Proposals = [Admitted(1, 600_000), Admitted(2, 300_000), Admitted(3, 300_000), Admitted(4, 100_000)];

    private static CountedBallot Ballot(int id, params int[] proposals) =>
        new(P(100 + id), [.. proposals.Select(p => new Selection(P(p), 1))], 10 + id, 10 + id);

    /// <summary>Four voters back the expensive 1, three back 2 and 3 together, one backs 4.</summary>
    private static readonly CountedBallot[] Ballots =
        [Ballot(1, 1), Ballot(2, 1), Ballot(3, 1), Ballot(4, 1, 4), Ballot(5, 2, 3), Ballot(6, 2, 3), Ballot(7, 2, 3)];

    private static AllocationDecided Decide(string rule, IReadOnlyList<CountedBallot> ballots) =>
        Assert.IsType<AllocationDecided>(Assert.Single(CloseAllocation.Decide(Cycle(Phase.Allocation, rule: rule), Proposals,
            new CloseAllocation(null), Given.Member, Given.Opened, ballots).Events));

    private static string Id(int n) => P(n).ToString("D");

    [Theory]
    [InlineData("greedy_cost")]
    [InlineData("greedy_card")]
    [InlineData("mes_cost")]
    [InlineData("mes_cost_add1_greedy")]
    [InlineData("mes_card_greedy")]
    public void a_vote_rule_funds_what_the_pabulib_rule_selects_on_the_same_election(string rule)
    {
        var decided = Decide(rule, Ballots);
        var election = new Election(Proposals.Select(p => new Project(p.Id.ToString("D"), p.Cost!.Value.Value)).ToList(), 1_000_000,
            Ballots.Select(b => new Ballot(b.Selections.Select(s => s.ProposalId.ToString("D")).ToList())).ToList());
        Assert.Equal(AllocationRules.ByName(rule).Allocate(election).SelectionOrder, decided.Funded.Select(f => f.ProposalId.ToString("D")));
        Assert.True(decided.Total <= decided.Envelope);
    }

    [Fact]
    public void greedy_cost_takes_the_most_supported_first_and_mes_shares_the_envelope()
    {
        Assert.Equal([Id(1), Id(2), Id(4)], Decide("greedy_cost", Ballots).Funded.Select(f => f.ProposalId.ToString("D")));
        Assert.Equal([Id(2), Id(4)], Decide("mes_cost", Ballots).Funded.Select(f => f.ProposalId.ToString("D")));
    }

    [Fact]
    public void the_decision_records_the_ballots_by_digest_count_kind_and_sequence_range()
    {
        var decided = Decide("greedy_cost", Ballots);
        var used = decided.Inputs.Ballots!;
        Assert.Equal((BallotKind.Approval, 7, 11L, 17L), (used.Kind, used.Count, used.FirstSequence, used.LastSequence));
        Assert.Equal(BallotsUsed.DigestOf(Ballots.Reverse()), used.Digest);
        Assert.Equal(decided.Inputs.Digest(), decided.InputsDigest);
        Assert.Equal($"{P(101):D};{P(1):D}=1\n", BallotsUsed.CanonicalText([Ballot(1, 1)]));
        Assert.Equal($"{P(104):D};{P(1):D}=1,{P(4):D}=1\n", BallotsUsed.CanonicalText([Ballot(4, 4, 1)]));
    }

    [Fact]
    public void committee_inputs_digest_as_before_ballots_existed()
    {
        var inputs = new AllocationInputs(new Won(10), [new Candidate(P(1), new Won(5), 1), new Candidate(P(2), new Won(3), null)]);
        var text = $"envelope=10\n{P(1):D};5;1\n{P(2):D};3;-\n";
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))),
            inputs.Digest());
    }

    [Fact]
    public void votes_for_a_proposal_withdrawn_during_the_vote_are_left_out()
    {
        var withdrawnAfterVoting = Proposals.Where(p => p.Id != P(1)).ToArray();
        var decided = Assert.IsType<AllocationDecided>(Assert.Single(CloseAllocation.Decide(Cycle(Phase.Allocation, rule: "greedy_cost"),
            withdrawnAfterVoting, new CloseAllocation(null), Given.Member, Given.Opened, Ballots).Events));
        Assert.Equal([P(2), P(3), P(4)], decided.Funded.Select(f => f.ProposalId));
        Assert.Equal(7, decided.Inputs.Ballots!.Count);
    }

    [Fact]
    public void points_rules_count_the_points_of_cumulative_ballots()
    {
        var cycle = Cycle(Phase.Allocation, Cumulative(10), rule: "greedy_points");
        CountedBallot[] ballots = [new(P(101), [new(P(4), 9), new(P(1), 1)]), new(P(102), [new(P(1), 2), new(P(2), 8)])];
        var decided = Assert.IsType<AllocationDecided>(Assert.Single(
            CloseAllocation.Decide(cycle, Proposals, new CloseAllocation(null), Given.Member, Given.Opened, ballots).Events));
        Assert.Equal([P(4), P(2)], decided.Funded.Take(2).Select(f => f.ProposalId));
        Assert.Equal(BallotKind.Cumulative, decided.Inputs.Ballots!.Kind);
    }
}

using System.Text.Json;
using Budgeting.Api.Cycles.Explaining;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Recommending;
using Budgeting.Domain.Cycles.Scoring;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Voting;
using Budgeting.Domain.Pabulib;
using CsCheck;
using static Budgeting.Tests.Cycles.Voting.VotingGiven;
using Given = Budgeting.Tests.Cycles.Decisions.CycleGiven;

namespace Budgeting.Tests.Cycles.Voting;

/// <summary>
/// The close merges ballots into identical profiles as it reads them: every rule must decide, explain and record exactly
/// what it would on the ballots one by one (the reference below builds that ungrouped election itself).
/// </summary>
public class BallotProfilesTests
{
    private sealed record Case(long Envelope, ProposalFacts[] Proposals, CountedBallot[] Ballots, bool Cumulative);

    // Ballots drawn from a small pool of choices, so that many are identical and profiles carry several ballots; some
    // name a proposal that is no longer a candidate (withdrawn during the vote), some are empty.
    private static readonly Gen<Case> Cases = Gen.Int.Select(seed =>
    {
        var random = new Random(seed);
        var cumulative = random.Next(3) == 0;
        var proposals = Enumerable.Range(1, random.Next(1, 8)).Select(n => Admitted(n, random.Next(1, 400))).ToArray();
        var pool = Enumerable.Range(0, random.Next(1, 6)).Select(_ => proposals.Append(Admitted(99, 1)).Where(_ => random.Next(3) == 0)
            .OrderBy(_ => random.Next()).Select(p => new Selection(p.Id, cumulative ? random.Next(1, 4) : 1)).ToList()).ToArray();
        var ballots = Enumerable.Range(0, random.Next(0, 40))
            .Select(v => new CountedBallot(Guid.NewGuid(), [.. pool[random.Next(pool.Length)]], 10 + v, 10 + v + random.Next(3)))
            .OrderBy(_ => random.Next()).ToArray();
        return new Case(random.Next(1, 1000), proposals, ballots, cumulative);
    });

    /// <summary>The election as the close built it before profiles: one ballot per counted ballot, in the order given.</summary>
    private static Election Ungrouped(AllocationInputs inputs, BallotKind kind, IEnumerable<CountedBallot> ballots)
    {
        var candidates = inputs.Candidates.Select(c => c.ProposalId).ToHashSet();
        return new Election(inputs.Candidates.Select(c => new Project(c.ProposalId.ToString("D"), c.Cost.Value)).ToList(),
            inputs.Envelope.Value, ballots.Select(b => b.Selections.Where(s => candidates.Contains(s.ProposalId)).ToList())
                .Select(s => new Ballot(s.Select(x => x.ProposalId.ToString("D")).ToList(),
                    kind == BallotKind.Approval ? null : s.Select(x => (Rational)x.Points).ToList())).ToList(), kind);
    }

    private static string Run(Func<object> run)
    {
        try { return JsonSerializer.Serialize(run(), Json.Options); }
        catch (AllocationTooCostlyException e) { return "too costly: " + e.Message; }
    }

    [Fact]
    public void every_rule_decides_and_explains_the_same_on_profiles_as_on_the_ballots_one_by_one() =>
        Cases.Sample(c =>
        {
            var kind = c.Cumulative ? BallotKind.Cumulative : BallotKind.Approval;
            var inputs = new AllocationInputs(new Won(c.Envelope), [.. c.Proposals.Select(p => new Candidate(p.Id, p.Cost!.Value, null))]);
            var profiles = BallotProfiles.Of(c.Ballots);
            Assert.Equal(c.Ballots.Length, profiles.Profiles.Sum(p => p.Ballots));
            Assert.True(profiles.Profiles.Count <= 6);
            var grouped = VoteAllocation.ElectionOf(inputs, kind, profiles);
            Assert.Equal(c.Ballots.Length, grouped.Voters);
            foreach (var rule in AllocationRules.Names)
            {
                var parameters = AllocationRules.TakesMinimumScore(rule) ? new RuleParameters(2) : RuleParameters.None;
                var byRule = AllocationRules.ByName(rule, parameters);
                Assert.Equal(Run(() => byRule.Allocate(Ungrouped(inputs, kind, c.Ballots)).SelectionOrder),
                    Run(() => byRule.Allocate(grouped).SelectionOrder));
                Assert.Equal(Run(() => ExplanationView.Of(byRule.Explain(Ungrouped(inputs, kind, c.Ballots)), "proposalId")),
                    Run(() => ExplanationView.Of(byRule.Explain(grouped), "proposalId")));
            }
        }, iter: 150);

    [Fact]
    public void the_decision_records_the_same_ballots_digest_and_replays_from_the_ballots_one_by_one() =>
        Cases.Sample(c =>
        {
            foreach (var rule in new[] { "greedy_cost", "mes_cost", "mes_cost_add1_greedy", "greedy_score", "blend_committee_vote" })
            {
                var ranking = new RecommendationIssued(Given.CycleId,
                    [.. c.Proposals.Select((p, i) => new RankedProposal(i + 1, p.Id, 4 * (i + 1), 1, 0m))], "", Given.Member, Given.Opened);
                var cycle = Cycle(Phase.Allocation, c.Cumulative ? Cumulative(5) : null, rule: rule, envelope: c.Envelope, more: ranking);
                var streamed = new BallotProfiles.Builder();
                foreach (var b in c.Ballots.OrderBy(b => b.BallotId.ToString("D"), StringComparer.Ordinal)) streamed.Add(b);
                var decision = CloseAllocation.Decide(cycle, c.Proposals, new CloseAllocation(null), Given.Member, Given.Opened, streamed.Build());
                var decided = Assert.IsType<AllocationDecided>(Assert.Single(decision.Events));
                var kind = c.Cumulative ? BallotKind.Cumulative : BallotKind.Approval;
                Assert.Equal(BallotsUsed.Of(kind, c.Ballots), decided.Inputs.Ballots);
                Assert.Equal(BallotsUsed.DigestOf(c.Ballots), decided.Inputs.Ballots!.Digest);
                if (rule != "blend_committee_vote")
                {
                    var reference = AllocationRules.ByName(rule).Allocate(Ungrouped(decided.Inputs, kind, c.Ballots)).SelectionOrder;
                    Assert.Equal(reference, decided.Funded.Select(f => f.ProposalId.ToString("D")));
                }
                var replay = ReplayAllocation.Replay(decided, c.Ballots.Reverse().ToList());
                Assert.True(replay.Matches, string.Join("; ", replay.Problems));
            }
        }, iter: 100);

    [Fact]
    public void a_stream_out_of_ballot_id_order_is_refused_since_its_digest_would_differ()
    {
        var builder = new BallotProfiles.Builder();
        builder.Add(new CountedBallot(Guid.Parse("20000000-0000-0000-0000-000000000000"), [new Selection(P(1), 1)]));
        Assert.Throws<ArgumentException>(() => builder.Add(new CountedBallot(Guid.Parse("10000000-0000-0000-0000-000000000000"), [])));
        Assert.Throws<ArgumentException>(() => builder.Add(new CountedBallot(Guid.Parse("20000000-0000-0000-0000-000000000000"), [])));
    }

    [Fact]
    public void a_ballot_standing_for_several_voters_is_written_as_that_many_votes_and_reads_back_one_by_one()
    {
        var election = new Election([new Project("a", 3), new Project("b", 2)], 4,
            [new Ballot(["a"], null, 3), new Ballot(["b", "a"]), new Ballot(["b"], null, 2)]);
        var text = PbWriter.Write(election);
        var again = PbFile.Parse(text).ToElection();
        Assert.Equal(6, election.Voters);
        Assert.Equal(6, again.Ballots.Count);
        Assert.Equal(["a", "a", "a", "b+a", "b", "b"], again.Ballots.Select(b => string.Join("+", b.ProjectIds)));
        foreach (var rule in AllocationRules.Names.Where(r => !AllocationRules.TakesMinimumScore(r)))
            Assert.Equal(AllocationRules.ByName(rule).Allocate(again).SelectionOrder, AllocationRules.ByName(rule).Allocate(election).SelectionOrder);
    }
}

using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Opening;
using Budgeting.Domain.Cycles.Participation;
using Budgeting.Domain.Cycles.Voting;
using NodaTime;
using static Budgeting.Tests.Cycles.Voting.VotingGiven;

namespace Budgeting.Tests.Cycles.Voting;

public class BlendWeightsTests
{
    private static readonly BlendWeights Seoul2018 = new("0.4", "0.5", "0.1");

    /// <summary>Means 10, 8, 5 for ranks 1–3; proposal 4 unscored; proposal 3 won a citizens' survey.</summary>
    private static AllocationInputs Inputs(BlendWeights? weights, int? survey = 100) => new(new Won(100),
    [
        new Candidate(P(1), new Won(60), 1, 40, 1), new Candidate(P(2), new Won(50), 2, 32, 1),
        new Candidate(P(3), new Won(40), 3, 20, 1, SurveyCount: survey), new Candidate(P(4), new Won(10), null),
    ], Weights: weights);

    /// <summary>Supporters: 1 → 1, 2 → 4, 3 → 2, 4 → 4.</summary>
    private static readonly CountedBallot[] Ballots =
        [.. new[] { new[] { 2, 4 }, [2, 4], [2, 3, 4], [1, 2, 3, 4] }.Select((b, i) => new CountedBallot(P(100 + i), [.. b.Select(p => new Selection(P(p), 1))]))];

    [Fact]
    public void seouls_2018_weights_let_a_survey_lift_a_proposal_over_a_better_ranked_one()
    {
        var order = BlendCommitteeVote.Order(Inputs(Seoul2018), Ballots);
        Assert.Equal([P(2), P(3), P(1), P(4)], order.Select(o => o.Candidate.ProposalId));
        Assert.Equal([new Rational(41, 50), new Rational(11, 20), new Rational(21, 40), new Rational(1, 2)], order.Select(o => o.Score));
        Assert.Equal([P(2), P(1), P(4), P(3)], BlendCommitteeVote.Order(Inputs(Seoul2018, survey: null), Ballots).Select(o => o.Candidate.ProposalId));
    }

    [Fact]
    public void decisions_without_weights_blend_half_and_half_and_keep_their_digest_text()
    {
        Assert.Equal(BlendCommitteeVote.Order(Inputs(BlendWeights.Default, survey: null), Ballots),
            BlendCommitteeVote.Order(Inputs(null, survey: null), Ballots));
        Assert.NotEqual(Inputs(null, survey: null).Digest(), Inputs(BlendWeights.Default, survey: null).Digest());
        Assert.NotEqual(Inputs(Seoul2018, survey: 100).Digest(), Inputs(Seoul2018, survey: 99).Digest());
    }

    [Theory]
    [InlineData("9/20", "9/20", "1/10", null, null)]
    [InlineData("1/3", "1/3", "1/3", null, null)]
    [InlineData("0.5", "0.4", null, "blend", "sum-to-one")]
    [InlineData("half", "0.5", null, "blend.committee", "fraction")]
    [InlineData("1.5", "-0.5", null, "blend.committee", "fraction")]
    public void weights_are_exact_fractions_summing_to_one(string committee, string vote, string? survey, string? field, string? rule)
    {
        var (weights, rejection) = new BlendInput(committee, vote, survey).ToWeights();
        Assert.Equal((field, rule), (rejection?.Field, rejection?.Rule));
        if (rejection is null) Assert.Equal(Rational.One, weights!.CommitteeShare + weights.VoteShare + weights.SurveyShare);
    }

    [Fact]
    public void a_cycle_records_its_weights_and_participation_settings_when_it_opens()
    {
        var admin = new Actor("admin-1", Role.Admin);
        var at = Instant.FromUtc(2026, 1, 5, 9, 0);
        var opened = (CycleOpened)OpenCycle.Decide(P(1), new OpenCycle("Seoul 2018", "city", 2026, 1_000_000, AllocationRuleNames.Blend,
            Blend: new BlendInput("2/5", "1/2", "1/10")), admin, at).Events[0];
        Assert.Equal(Seoul2018, opened.Blend);
        Assert.Equal(ParticipationSettings.Default, opened.Participation);
        var refused = OpenCycle.Decide(P(1), new OpenCycle("Seoul", "city", 2026, 1, Blend: new BlendInput("1", "0")), admin, at).Rejection!;
        Assert.Equal(("blend", "only-for-blend"), (refused.Field, refused.Rule));
    }
}

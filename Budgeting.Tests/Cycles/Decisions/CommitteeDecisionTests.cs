using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Committee;
using Budgeting.Domain.Cycles.Envelope;
using Budgeting.Domain.Cycles.Recommending;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Scoring;
using static Budgeting.Tests.Cycles.Decisions.CycleGiven;

namespace Budgeting.Tests.Cycles.Decisions;

public class CommitteeDecisionTests
{
    private static readonly Guid Park = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Library = Guid.Parse("00000000-0000-0000-0000-00000000000b");
    private static readonly ProposalFacts AdmittedPark = new(Park, CycleId, true, new Won(400_000), "mapo-gu", "environment");
    private static readonly Scores Good = new(8, 7, 6, 9);

    private static CommitteeMemberAppointed Appointed(string member) => new(CycleId, member, Admin, Opened);

    private static object[] Prioritising(params object[] more) =>
        [Appointed(Member.Id), Appointed(OtherMember.Id), .. InPhase(Phase.Prioritisation), .. more];

    private static ProposalScored Scored(Guid proposal, Actor member, Scores scores) =>
        new(CycleId, proposal, member.Id, scores, "well argued and costed", member, Opened);

    [Fact]
    public void an_administrator_appoints_a_member_once()
    {
        var decision = AppointMember.Decide(Cycle(), new AppointMember("member-1"), Admin, Opened);
        Assert.IsType<CommitteeMemberAppointed>(Assert.Single(decision.Events));
        var again = AppointMember.Decide(Cycle(Appointed("member-1")), new AppointMember("member-1"), Admin, Opened);
        Assert.Equal("already-member", again.Rejection!.Rule);
    }

    [Fact]
    public void a_member_scores_an_admitted_proposal_during_prioritisation()
    {
        var decision = ScoreProposal.Decide(Cycle(Prioritising()), AdmittedPark,
            new ScoreProposal(Park, Good, "serves three schools nearby"), Member, Opened);
        var scored = Assert.IsType<ProposalScored>(Assert.Single(decision.Events));
        Assert.Equal((Park, "member-1", 30), (scored.ProposalId, scored.MemberId, scored.Scores.Total));
    }

    [Fact]
    public void only_members_of_this_cycles_committee_score()
    {
        var outsider = new Actor("member-9", Role.Committee);
        var decision = ScoreProposal.Decide(Cycle(Prioritising()), AdmittedPark, new ScoreProposal(Park, Good, "looks fine to me"), outsider, Opened);
        Assert.Equal(RejectionKind.Forbidden, decision.Rejection!.Kind);
    }

    [Fact]
    public void scores_outside_prioritisation_are_refused_with_the_phase_named()
    {
        var decision = ScoreProposal.Decide(Cycle(Appointed(Member.Id)), AdmittedPark,
            new ScoreProposal(Park, Good, "early bird scoring"), Member, Opened);
        Assert.Equal("wrong-phase", decision.Rejection!.Rule);
        Assert.Contains("Intake", decision.Rejection.Message);
    }

    [Theory]
    [InlineData(0, 5, 5, 5, "scores.publicBenefit")]
    [InlineData(5, 11, 5, 5, "scores.feasibility")]
    [InlineData(5, 5, -1, 5, "scores.reach")]
    [InlineData(5, 5, 5, 42, "scores.urgency")]
    public void each_criterion_is_a_whole_number_from_1_to_10(int a, int b, int c, int d, string field)
    {
        var decision = ScoreProposal.Decide(Cycle(Prioritising()), AdmittedPark,
            new ScoreProposal(Park, new Scores(a, b, c, d), "a careful rationale"), Member, Opened);
        Assert.Equal((field, "range-1-10"), (decision.Rejection!.Field, decision.Rejection.Rule));
    }

    [Fact]
    public void a_proposal_that_is_not_admitted_is_not_scored()
    {
        var suggested = AdmittedPark with { IsAdmitted = false };
        var decision = ScoreProposal.Decide(Cycle(Prioritising()), suggested, new ScoreProposal(Park, Good, "a careful rationale"), Member, Opened);
        Assert.Equal("admitted-only", decision.Rejection!.Rule);
    }

    [Fact]
    public void a_new_score_replaces_the_members_previous_one_in_the_ranking()
    {
        var cycle = Cycle(Prioritising(Scored(Park, Member, new Scores(2, 2, 2, 2)), Scored(Park, Member, new Scores(9, 9, 9, 9))));
        var line = Assert.Single(cycle.CurrentRanking());
        Assert.Equal((1, 36, 9.0m), (line.Scorers, line.Points, line.Mean));
    }

    [Fact]
    public void a_recused_member_no_longer_counts_and_may_not_score_again()
    {
        var recused = new ConflictOfInterestDeclared(CycleId, Park, Member.Id, "my sister runs the park association", Member, Opened);
        var cycle = Cycle(Prioritising(Scored(Park, Member, Good), Scored(Park, OtherMember, new Scores(5, 5, 5, 5)), recused));
        Assert.Equal(5.0m, Assert.Single(cycle.CurrentRanking()).Mean);
        var again = ScoreProposal.Decide(cycle, AdmittedPark, new ScoreProposal(Park, Good, "trying again anyway"), Member, Opened);
        Assert.Equal("recused", again.Rejection!.Rule);
    }

    [Fact]
    public void ties_on_the_mean_go_to_more_scorers_then_to_the_smaller_id()
    {
        var third = Guid.Parse("00000000-0000-0000-0000-00000000000c");
        var cycle = Cycle(Prioritising(
            Scored(Library, Member, Good), Scored(Park, Member, Good), Scored(third, Member, Good), Scored(third, OtherMember, Good)));
        Assert.Equal([third, Park, Library], cycle.CurrentRanking().Select(r => r.ProposalId));
    }

    [Fact]
    public void with_no_scores_the_ranking_is_empty_and_no_recommendation_can_be_issued()
    {
        Assert.Empty(Cycle(Prioritising()).CurrentRanking());
        Assert.Equal("nothing-scored", IssueRecommendation.Decide(Cycle(Prioritising()), new("none"), Member, Opened).Rejection!.Rule);
    }

    [Fact]
    public void the_recommendation_freezes_the_ranking_once()
    {
        var cycle = Cycle(Prioritising(Scored(Park, Member, Good)));
        var issued = Assert.IsType<RecommendationIssued>(Assert.Single(IssueRecommendation.Decide(cycle, new("final"), Member, Opened).Events));
        Assert.Equal(cycle.CurrentRanking(), issued.Ranking);
        Assert.Equal("already-recommended", IssueRecommendation.Decide(Cycle(Prioritising(Scored(Park, Member, Good), issued)),
            new("again"), OtherMember, Opened).Rejection!.Rule);
    }

    [Fact]
    public void the_envelope_never_goes_below_what_is_allocated()
    {
        var decision = ChangeEnvelope.Decide(Cycle(), new Won(700_000), new ChangeEnvelope(600_000, "council cut"), Admin, Opened);
        Assert.Equal("not-below-allocated", decision.Rejection!.Rule);
        var ok = ChangeEnvelope.Decide(Cycle(), new Won(700_000), new ChangeEnvelope(800_000, "council cut"), Admin, Opened);
        var changed = Assert.IsType<EnvelopeChanged>(Assert.Single(ok.Events));
        Assert.Equal((new Won(1_000_000), new Won(800_000)), (changed.From, changed.To));
    }
}

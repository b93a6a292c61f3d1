using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Participation;
using Budgeting.Domain.Cycles.Voting;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.CrossingThresholds;
using Budgeting.Domain.Proposals.Supporting;
using Budgeting.Domain.Proposals.TakingStances;
using NodaTime;
using static Budgeting.Tests.Proposals.Decisions.Given;

namespace Budgeting.Tests.Participation.Decisions;

public class ParticipationDecisionTests
{
    private static readonly ParticipationSettings Settings = new(3, 5, 2, 30, 14, 30);
    private static readonly Guid SupportId = Guid.Parse("0195f1c0-0000-7000-8000-0000000000f1");
    private static readonly Voter Resident = new(new Actor("citizen-lee", Role.Citizen), "mapo-gu", "1980-05-05");

    private static ParticipationTarget Target(ProposalStatus status = ProposalStatus.Suggested, int? minimumAge = null) =>
        new(Id, Cycle, status, Now, null, false, "mapo-gu", Settings, minimumAge);

    private static ThresholdCrossed[] Crossings(Proposal proposal, int supports, int participants = 0) =>
        CrossThresholds.Decide(proposal, Settings, supports, participants, Now).Events.Cast<ThresholdCrossed>().ToArray();

    [Fact]
    public void the_answer_threshold_is_crossed_at_its_count_and_never_again()
    {
        Assert.Empty(Crossings(State(Suggested), 2));
        var answer = Assert.Single(Crossings(State(Suggested), 3));
        Assert.Equal((Threshold.Answer, 3, Now + Duration.FromDays(14), (Instant?)null), (answer.Threshold, answer.Count, answer.DueBy, answer.ClosesAt));
        Assert.Empty(Crossings(State([.. Suggested, answer]), 4));
    }

    [Fact]
    public void a_jump_past_both_thresholds_crosses_both_and_opens_the_forum()
    {
        var crossed = Crossings(State(Suggested), 7);
        Assert.Equal([Threshold.Answer, Threshold.Forum], crossed.Select(c => c.Threshold));
        Assert.Equal(Now + Duration.FromDays(30), crossed[1].ClosesAt);
        Assert.True(State([.. Suggested, .. crossed]).ForumOpen);
    }

    [Fact]
    public void the_mayors_threshold_counts_participants_of_an_open_forum_only()
    {
        var open = State([.. Suggested, .. Crossings(State(Suggested), 5)]);
        Assert.Empty(Crossings(open, 5, participants: 1));
        Assert.Equal(Threshold.Mayor, Assert.Single(Crossings(open, 5, participants: 2)).Threshold);
        Assert.Empty(Crossings(State(Suggested), 2, participants: 9));
    }

    [Fact]
    public void a_withdrawn_proposal_crosses_nothing() => Assert.Empty(Crossings(State(Withdrawn), 10));

    [Fact]
    public void a_resident_supports_once_and_may_support_again_after_withdrawing()
    {
        var supported = Assert.IsType<ProposalSupported>(Assert.Single(SupportProposal.Decide(Target(), Resident, SupportStatus.None, SupportId, Now).Events));
        Assert.Equal((SupportId, Id, ProposalSupported.Anonymous), (supported.SupportId, supported.ProposalId, supported.By));
        Assert.Empty(SupportProposal.Decide(Target(), Resident, SupportStatus.Active, SupportId, Now).Events);
        Assert.Single(SupportProposal.Decide(Target(), Resident, SupportStatus.Withdrawn, SupportId, Now).Events);
        Assert.IsType<SupportWithdrawn>(Assert.Single(WithdrawSupport.Decide(Target(), SupportStatus.Active, SupportId, Now).Events));
        Assert.Equal("not-supporting", WithdrawSupport.Decide(Target(), SupportStatus.Withdrawn, SupportId, Now).Rejection!.Rule);
    }

    [Theory]
    [InlineData("gangnam-gu", null, ProposalStatus.Suggested, 0, "resident-only")]
    [InlineData("mapo-gu", 50, ProposalStatus.Suggested, 0, "minimum-age")]
    [InlineData("mapo-gu", null, ProposalStatus.Admitted, 0, "support-closed")]
    [InlineData("mapo-gu", null, ProposalStatus.InDeliberation, 30, "support-window-closed")]
    public void supports_need_a_resident_within_the_window(string district, int? minimumAge, ProposalStatus status, int daysLater, string rule)
    {
        var supporter = Resident with { District = district };
        var decision = SupportProposal.Decide(Target(status, minimumAge), supporter, SupportStatus.None, SupportId, Now + Duration.FromDays(daysLater));
        Assert.Equal(rule, decision.Rejection!.Rule);
    }

    [Fact]
    public void a_first_stance_joins_the_forum_and_the_same_stance_again_changes_nothing()
    {
        var target = Target() with { ForumClosesAt = Now + Duration.FromDays(1) };
        var first = TakeStance.Decide(target, Resident, null, SupportId, new TakeStance(Stance.Agree), Now);
        Assert.Equal([typeof(ForumJoined), typeof(StanceTaken)], first.Events.Select(e => e.GetType()));
        Assert.Empty(TakeStance.Decide(target, Resident, new ForumPresence(Stance.Agree), SupportId, new TakeStance(Stance.Agree), Now).Events);
        Assert.IsType<StanceTaken>(Assert.Single(TakeStance.Decide(target, Resident, new ForumPresence(Stance.Agree), SupportId,
            new TakeStance(Stance.Disagree), Now).Events));
        Assert.Equal("forum-closed", TakeStance.Decide(target, Resident, null, SupportId, new TakeStance(Stance.Agree),
            Now + Duration.FromDays(1)).Rejection!.Rule);
    }

    [Theory]
    [InlineData(0, null, "participation.answerThreshold", "range")]
    [InlineData(50, 40, "participation.forumThreshold", "not-below-answer")]
    public void participation_settings_are_whole_and_ordered(int answer, int? forum, string field, string rule)
    {
        var rejection = new ParticipationInput(answer, forum).ToSettings().Rejection!;
        Assert.Equal((field, rule), (rejection.Field, rejection.Rule));
    }

    [Fact]
    public void participation_settings_left_out_keep_seouls_defaults() =>
        Assert.Equal(ParticipationSettings.Default with { AnswerThreshold = 10 }, new ParticipationInput(AnswerThreshold: 10).ToSettings().Settings);
}

using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.Admitting;
using Budgeting.Domain.Proposals.Appealing;
using Budgeting.Domain.Proposals.AssessingFeasibility;
using Budgeting.Domain.Proposals.DecidingAppeals;
using Budgeting.Domain.Proposals.EstimatingCost;
using Budgeting.Domain.Proposals.Revising;
using static Budgeting.Tests.Proposals.Decisions.Given;

namespace Budgeting.Tests.Proposals.Decisions;

public class DeliberationRulesTests
{
    [Fact]
    public void admission_needs_a_cost_estimate()
    {
        var decision = AdmitProposal.Decide(State(InDeliberation), new(), Officer, Now);
        Assert.Equal("cost-estimate-required", decision.Rejection!.Rule);
    }

    [Fact]
    public void admission_needs_a_positive_feasibility_assessment()
    {
        var negative = State([.. Costed, new FeasibilityAssessed(Id, false, Officer, Now, "부지 없음")]);
        Assert.Equal("feasible-required", AdmitProposal.Decide(negative, new(), Officer, Now).Rejection!.Rule);
        Assert.Equal("feasible-required", AdmitProposal.Decide(State(Costed), new(), Officer, Now).Rejection!.Rule);
    }

    [Fact]
    public void a_costed_feasible_proposal_is_admitted_at_its_estimate()
    {
        var admitted = Assert.IsType<ProposalAdmitted>(Assert.Single(AdmitProposal.Decide(State(CostedAndFeasible), new(), Officer, Now).Events));
        Assert.Equal(new ProposalAdmitted(Id, new Won(24_000_000), Officer, Now), admitted);
    }

    [Fact]
    public void the_estimate_is_the_sum_of_its_lines()
    {
        var decision = EstimateCost.Decide(State(InDeliberation), new([new("설계", 4_000_000), new("공사", 20_000_000)]), Officer, Now);
        Assert.Equal(new Won(24_000_000), Assert.IsType<CostEstimated>(Assert.Single(decision.Events)).Total);
    }

    [Fact]
    public void a_decline_is_appealed_once_and_an_upheld_appeal_reopens_deliberation()
    {
        var appealed = Assert.Single(AppealDecline.Decide(State(Declined), new("다시 봐 주세요"), Proposer, Now).Events);
        var upheld = Assert.Single(DecideAppeal.Decide(State([.. Declined, appealed]), new(true, "재검토"), Officer, Now).Events);
        var reopened = State([.. Declined, appealed, upheld]);
        Assert.Equal(ProposalStatus.InDeliberation, reopened.Status);

        var declinedAgain = State([.. Declined, appealed, upheld, new Budgeting.Domain.Proposals.Declining.ProposalDeclined(Id, Officer, Now, "재검토 결과 불가")]);
        Assert.Equal("appeal-once", AppealDecline.Decide(declinedAgain, new("한 번 더"), Proposer, Now).Rejection!.Rule);
    }

    [Fact]
    public void a_rejected_appeal_keeps_the_decline_and_there_is_no_second_appeal()
    {
        var appealed = Assert.Single(AppealDecline.Decide(State(Declined), new("다시 봐 주세요"), Proposer, Now).Events);
        var rejected = Assert.Single(DecideAppeal.Decide(State([.. Declined, appealed]), new(false, "기각"), Officer, Now).Events);
        var state = State([.. Declined, appealed, rejected]);
        Assert.Equal(ProposalStatus.Declined, state.Status);
        Assert.Equal("appeal-once", AppealDecline.Decide(state, new("한 번 더"), Proposer, Now).Rejection!.Rule);
        Assert.Equal("no-pending-appeal", DecideAppeal.Decide(state, new(true, "재검토"), Officer, Now).Rejection!.Rule);
    }

    [Fact]
    public void an_appeal_is_decided_only_when_one_is_pending()
    {
        Assert.Equal("no-pending-appeal", DecideAppeal.Decide(State(Declined), new(true, "재검토"), Officer, Now).Rejection!.Rule);
    }

    [Fact]
    public void a_revision_is_a_new_version_of_the_concept()
    {
        var revised = Assert.IsType<ProposalRevised>(Assert.Single(
            ReviseProposal.Decide(State(InDeliberation), new("그늘막과 벤치", "그늘막과 벤치를 설치합니다", "welfare", 40_000_000), Proposer, Now).Events));
        Assert.Equal((2, "welfare", new Won(40_000_000), (string?)null), (revised.ConceptVersion, revised.Category, revised.CostGuess!.Value, revised.OnBehalfOf));
        Assert.Equal(3, State([.. InDeliberation, revised, revised with { ConceptVersion = 3 }]).ConceptVersion);
    }
}

using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.Admitting;
using Budgeting.Domain.Proposals.Appealing;
using Budgeting.Domain.Proposals.Evaluating;
using Budgeting.Domain.Proposals.Funding;
using Budgeting.Domain.Proposals.OpeningDeliberation;
using Budgeting.Domain.Proposals.Revising;
using Budgeting.Domain.Proposals.Withdrawing;
using static Budgeting.Tests.Proposals.Decisions.Given;

namespace Budgeting.Tests.Proposals.Decisions;

public class WhoMayActTests
{
    private static readonly Actor Neighbour = new("citizen-lee", Role.Citizen);

    [Fact]
    public void another_citizen_may_not_withdraw_revise_or_appeal_someone_elses_proposal()
    {
        Assert.Equal(RejectionKind.Forbidden, WithdrawProposal.Decide(State(Suggested), new(), Neighbour, Now).Rejection!.Kind);
        Assert.Equal(RejectionKind.Forbidden, ReviseProposal.Decide(State(Suggested), new("새 제목입니다", "새 설명을 적었습니다", "safety", null), Neighbour, Now).Rejection!.Kind);
        Assert.Equal(RejectionKind.Forbidden, AppealDecline.Decide(State(Declined), new("다시 봐 주세요"), Neighbour, Now).Rejection!.Kind);
    }

    [Fact]
    public void an_officer_acting_for_the_proposer_must_give_a_reason()
    {
        var decision = WithdrawProposal.Decide(State(Suggested), new(), Officer, Now);
        Assert.Equal((RejectionKind.Invalid, "reason", "required"), (decision.Rejection!.Kind, decision.Rejection.Field, decision.Rejection.Rule));
    }

    [Fact]
    public void an_officer_acting_for_the_proposer_is_recorded_as_such()
    {
        var withdrawn = Assert.IsType<ProposalWithdrawn>(Assert.Single(
            WithdrawProposal.Decide(State(Suggested), new("현장 창구에서 철회 요청"), Officer, Now).Events));
        Assert.Equal(new ProposalWithdrawn(Id, Officer, Now, "현장 창구에서 철회 요청", Proposer.Id), withdrawn);
    }

    [Fact]
    public void officer_commands_are_refused_to_citizens()
    {
        Assert.Equal("officer-only", OpenDeliberation.Decide(State(Suggested), new(), Proposer, Now).Rejection!.Rule);
        Assert.Equal("officer-only", AdmitProposal.Decide(State(CostedAndFeasible), new(), Proposer, Now).Rejection!.Rule);
    }

    [Fact]
    public void only_an_administrator_adjusts_funding_and_only_auditors_or_committee_members_evaluate()
    {
        Assert.Equal("admin-only", AdjustFunding.Decide(State(Budgeted), new(1, "감액", "서울시의회 2026-예결위-17"), Officer, Now).Rejection!.Rule);
        Assert.Equal("auditor-or-committee", FileEvaluation.Decide(State(Implemented), new(3, "보통 수준입니다"), Proposer, Now).Rejection!.Rule);
        Assert.Single(FileEvaluation.Decide(State(Implemented), new(3, "보통 수준입니다"), new Actor("c-1", Role.Committee), Now).Events);
    }
}

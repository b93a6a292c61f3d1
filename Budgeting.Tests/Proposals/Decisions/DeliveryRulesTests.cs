using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.ApprovingOverruns;
using Budgeting.Domain.Proposals.Funding;
using Budgeting.Domain.Proposals.ReachingMilestones;
using Budgeting.Domain.Proposals.RecordingSpending;
using static Budgeting.Tests.Proposals.Decisions.Given;

namespace Budgeting.Tests.Proposals.Decisions;

public class DeliveryRulesTests
{
    [Fact]
    public void spending_beyond_the_budgeted_amount_is_refused_without_an_approved_overrun()
    {
        var spent = RecordSpending.Decide(State(InImplementation), new(20_000_000, "공사비"), Officer, Now);
        var atBudget = State([.. InImplementation, .. spent.Events]);
        var beyond = RecordSpending.Decide(atBudget, new(1, "추가 공사비"), Officer, Now);
        Assert.Equal(("overrun-not-approved", "amount"), (beyond.Rejection!.Rule, beyond.Rejection.Field));
    }

    [Fact]
    public void an_approved_overrun_covers_spending_beyond_the_budget_and_is_flagged()
    {
        var overrun = Assert.Single(ApproveOverrun.Decide(State(InImplementation), new(3_000_000, "자재비 인상"), Officer, Now).Events);
        var state = State([.. InImplementation, overrun]);
        var within = Assert.IsType<SpendingRecorded>(Assert.Single(RecordSpending.Decide(state, new(19_000_000, "공사비"), Officer, Now).Events));
        Assert.False(within.BeyondBudget);
        var covered = Assert.IsType<SpendingRecorded>(Assert.Single(
            RecordSpending.Decide(State([.. InImplementation, overrun, within]), new(4_000_000, "추가 공사비"), Officer, Now).Events));
        Assert.True(covered.BeyondBudget);
        var tooMuch = RecordSpending.Decide(State([.. InImplementation, overrun, within, covered]), new(1, "추가분"), Officer, Now);
        Assert.Equal("overrun-not-approved", tooMuch.Rejection!.Rule);
    }

    [Fact]
    public void the_council_cuts_funding_and_a_cut_to_zero_means_not_funded()
    {
        var reduced = Assert.Single(AdjustFunding.Decide(State(Budgeted), new(15_000_000, "의회 감액", "서울시의회 2026-예결위-17"), Admin, Now).Events);
        Assert.Equal((ProposalStatus.Budgeted, new Won(15_000_000)), (State([.. Budgeted, reduced]).Status, State([.. Budgeted, reduced]).BudgetedAmount));
        var cut = Assert.Single(AdjustFunding.Decide(State(Budgeted), new(0, "의회 전액 삭감", "서울시의회 2026-예결위-17"), Admin, Now).Events);
        Assert.Equal(ProposalStatus.NotFunded, State([.. Budgeted, cut]).Status);
    }

    [Fact]
    public void a_funding_adjustment_only_reduces()
    {
        var decision = AdjustFunding.Decide(State(Budgeted), new(20_000_000, "증액", "서울시의회 2026-예결위-17"), Admin, Now);
        Assert.Equal(("newAmount", "below-budgeted"), (decision.Rejection!.Field, decision.Rejection.Rule));
    }

    [Fact]
    public void progress_never_goes_back()
    {
        var half = Assert.Single(RecordMilestone.Decide(State(InImplementation), new("절반 완료", 50), Officer, Now).Events);
        var back = RecordMilestone.Decide(State([.. InImplementation, half]), new("재측정", 40), Officer, Now);
        Assert.Equal("progress-backwards", back.Rejection!.Rule);
    }

    [Fact]
    public void budgeting_records_the_amount_and_the_allocation()
    {
        var budgeted = Assert.IsType<ProposalBudgeted>(Assert.Single(
            BudgetProposal.Decide(State(Admitted), new Won(24_000_000), Cycle, Actor.Engine, Now).Events));
        Assert.Equal(new ProposalBudgeted(Id, new Won(24_000_000), Cycle, Actor.Engine, Now), budgeted);
        Assert.Equal("positive", BudgetProposal.Decide(State(Admitted), Won.Zero, Cycle, Actor.Engine, Now).Rejection!.Rule);
    }
}

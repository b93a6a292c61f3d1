using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.Admitting;
using Budgeting.Domain.Proposals.Appealing;
using Budgeting.Domain.Proposals.ApprovingOverruns;
using Budgeting.Domain.Proposals.AssessingFeasibility;
using Budgeting.Domain.Proposals.CompletingImplementation;
using Budgeting.Domain.Proposals.DecidingAppeals;
using Budgeting.Domain.Proposals.Declining;
using Budgeting.Domain.Proposals.EstimatingCost;
using Budgeting.Domain.Proposals.Evaluating;
using Budgeting.Domain.Proposals.Funding;
using Budgeting.Domain.Proposals.OpeningDeliberation;
using Budgeting.Domain.Proposals.ReachingMilestones;
using Budgeting.Domain.Proposals.RecordingSpending;
using Budgeting.Domain.Proposals.Revising;
using Budgeting.Domain.Proposals.StartingImplementation;
using Budgeting.Domain.Proposals.Suggesting;
using Budgeting.Domain.Proposals.Withdrawing;
using static Budgeting.Domain.Proposals.ProposalStatus;

namespace Budgeting.Domain.Proposals;

/// <summary>The decision state of one proposal, folded from its events.</summary>
public sealed record Proposal(Guid Id, Guid CycleId, string ProposerId, ProposalStatus Status)
{
    public int ConceptVersion { get; init; } = 1;
    public Won? CostEstimate { get; init; }
    public bool? Feasible { get; init; }
    public bool Appealed { get; init; }
    public bool AppealPending { get; init; }
    public Won BudgetedAmount { get; init; }
    public Won Spent { get; init; }
    public Won ApprovedOverrun { get; init; }
    public int Progress { get; init; }

    public Won SpendingLimit => BudgetedAmount + ApprovedOverrun;

    public static Proposal Create(ProposalSuggested e) => new(e.ProposalId, e.CycleId, e.ProposerId, Suggested);

    public Proposal Apply(DeliberationOpened e) => this with { Status = InDeliberation };
    public Proposal Apply(ProposalRevised e) => this with { ConceptVersion = e.ConceptVersion };
    public Proposal Apply(CostEstimated e) => this with { CostEstimate = e.Total };
    public Proposal Apply(FeasibilityAssessed e) => this with { Feasible = e.Feasible };
    public Proposal Apply(ProposalAdmitted e) => this with { Status = Admitted };
    public Proposal Apply(ProposalDeclined e) => this with { Status = Declined };
    public Proposal Apply(DeclineAppealed e) => this with { Appealed = true, AppealPending = true };
    public Proposal Apply(AppealDecided e) => this with { AppealPending = false, Status = e.Upheld ? InDeliberation : Declined };
    public Proposal Apply(ProposalWithdrawn e) => this with { Status = Withdrawn };
    public Proposal Apply(ProposalBudgeted e) => this with { Status = Budgeted, BudgetedAmount = e.Amount };
    public Proposal Apply(ProposalNotFunded e) => this with { Status = NotFunded };
    public Proposal Apply(FundingAdjusted e) =>
        this with { BudgetedAmount = e.NewAmount, Status = e.NewAmount == Won.Zero ? NotFunded : Budgeted };
    public Proposal Apply(ImplementationStarted e) => this with { Status = InImplementation };
    public Proposal Apply(MilestoneReached e) => this with { Progress = e.Progress };
    public Proposal Apply(SpendingRecorded e) => this with { Spent = Spent + e.Amount };
    public Proposal Apply(OverrunApproved e) => this with { ApprovedOverrun = ApprovedOverrun + e.Amount };
    public Proposal Apply(ImplementationCompleted e) => this with { Status = Implemented, Progress = 100 };
    public Proposal Apply(EvaluationFiled e) => this with { Status = Evaluated };

    /// <summary>Folds one event into the state; unknown events leave it as it was.</summary>
    public static Proposal? Evolve(Proposal? state, object @event) => (state, @event) switch
    {
        (null, ProposalSuggested e) => Create(e),
        (null, _) => null,
        (_, DeliberationOpened e) => state.Apply(e),
        (_, ProposalRevised e) => state.Apply(e),
        (_, CostEstimated e) => state.Apply(e),
        (_, FeasibilityAssessed e) => state.Apply(e),
        (_, ProposalAdmitted e) => state.Apply(e),
        (_, ProposalDeclined e) => state.Apply(e),
        (_, DeclineAppealed e) => state.Apply(e),
        (_, AppealDecided e) => state.Apply(e),
        (_, ProposalWithdrawn e) => state.Apply(e),
        (_, ProposalBudgeted e) => state.Apply(e),
        (_, ProposalNotFunded e) => state.Apply(e),
        (_, FundingAdjusted e) => state.Apply(e),
        (_, ImplementationStarted e) => state.Apply(e),
        (_, MilestoneReached e) => state.Apply(e),
        (_, SpendingRecorded e) => state.Apply(e),
        (_, OverrunApproved e) => state.Apply(e),
        (_, ImplementationCompleted e) => state.Apply(e),
        (_, EvaluationFiled e) => state.Apply(e),
        _ => state,
    };

    /// <summary>A conflict naming the current state when the command's transition starts from none of <paramref name="allowed"/>.</summary>
    public Rejection? Unless(string action, params ProposalStatus[] allowed) => allowed.Contains(Status)
        ? null
        : Rejection.Conflict("state", $"proposal is {Status}; {action} in {string.Join(" or ", allowed)}", "status");
}

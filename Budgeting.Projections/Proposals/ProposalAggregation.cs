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
using Budgeting.Domain.Proposals;
using Marten.Events.Aggregation;

namespace Budgeting.Projections.Proposals;

/// <summary>
/// Live aggregation of the domain's Proposal, for FetchForWriting. Marten dispatches conventional methods through a
/// source generator that only runs where Marten is referenced; the domain stays free of Marten, so this class
/// (compiled here) hands each event to the aggregate's own Create/Apply.
/// </summary>
public sealed class ProposalAggregation : SingleStreamProjection<Proposal, Guid>
{
    public static Proposal Create(ProposalSuggested e) => Proposal.Create(e);
    public Proposal Apply(DeliberationOpened e, Proposal p) => p.Apply(e);
    public Proposal Apply(ProposalRevised e, Proposal p) => p.Apply(e);
    public Proposal Apply(CostEstimated e, Proposal p) => p.Apply(e);
    public Proposal Apply(FeasibilityAssessed e, Proposal p) => p.Apply(e);
    public Proposal Apply(ProposalAdmitted e, Proposal p) => p.Apply(e);
    public Proposal Apply(ProposalDeclined e, Proposal p) => p.Apply(e);
    public Proposal Apply(DeclineAppealed e, Proposal p) => p.Apply(e);
    public Proposal Apply(AppealDecided e, Proposal p) => p.Apply(e);
    public Proposal Apply(ProposalWithdrawn e, Proposal p) => p.Apply(e);
    public Proposal Apply(ProposalBudgeted e, Proposal p) => p.Apply(e);
    public Proposal Apply(ProposalNotFunded e, Proposal p) => p.Apply(e);
    public Proposal Apply(FundingAdjusted e, Proposal p) => p.Apply(e);
    public Proposal Apply(ImplementationStarted e, Proposal p) => p.Apply(e);
    public Proposal Apply(MilestoneReached e, Proposal p) => p.Apply(e);
    public Proposal Apply(SpendingRecorded e, Proposal p) => p.Apply(e);
    public Proposal Apply(OverrunApproved e, Proposal p) => p.Apply(e);
    public Proposal Apply(ImplementationCompleted e, Proposal p) => p.Apply(e);
    public Proposal Apply(EvaluationFiled e, Proposal p) => p.Apply(e);
}

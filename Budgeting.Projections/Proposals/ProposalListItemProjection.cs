using Budgeting.Domain.Proposals.Admitting;
using Budgeting.Domain.Proposals.Answering;
using Budgeting.Domain.Proposals.CompletingImplementation;
using Budgeting.Domain.Proposals.CrossingThresholds;
using Budgeting.Domain.Proposals.DecidingAppeals;
using Budgeting.Domain.Proposals.Declining;
using Budgeting.Domain.Proposals.EstimatingCost;
using Budgeting.Domain.Proposals.Evaluating;
using Budgeting.Domain.Proposals.Funding;
using Budgeting.Domain.Proposals.OpeningDeliberation;
using Budgeting.Domain.Proposals.RecordingSurveyCounts;
using Budgeting.Domain.Proposals.Revising;
using Budgeting.Domain.Proposals.StartingImplementation;
using Budgeting.Domain.Proposals.Suggesting;
using Budgeting.Domain.Proposals.Withdrawing;
using Marten.Events.Aggregation;
using static Budgeting.Domain.Proposals.ProposalLifecycle;

namespace Budgeting.Projections.Proposals;

public sealed class ProposalListItemProjection : SingleStreamProjection<ProposalListItem, Guid>
{
    public static ProposalListItem Create(ProposalSuggested e) => new()
    {
        Id = e.ProposalId, CycleId = e.CycleId, Title = e.Title, Category = e.Category, District = e.District,
        Status = After(default, e), SuggestedAt = e.At, UpdatedAt = e.At, SearchText = ProposalListItem.Searchable(e.Title, e.Description),
    };

    public ProposalListItem Apply(ProposalRevised e, ProposalListItem p) => p with
    {
        Title = e.Title, Category = e.Category, SearchText = ProposalListItem.Searchable(e.Title, e.Description), UpdatedAt = e.At,
    };
    public ProposalListItem Apply(CostEstimated e, ProposalListItem p) => p with { CostEstimate = e.Total, UpdatedAt = e.At };
    public ProposalListItem Apply(DeliberationOpened e, ProposalListItem p) => p with { Status = After(p.Status, e), UpdatedAt = e.At };
    public ProposalListItem Apply(ProposalAdmitted e, ProposalListItem p) => p with { Status = After(p.Status, e), UpdatedAt = e.At };
    public ProposalListItem Apply(ProposalDeclined e, ProposalListItem p) => p with { Status = After(p.Status, e), UpdatedAt = e.At };
    public ProposalListItem Apply(AppealDecided e, ProposalListItem p) =>
        p with { Status = After(p.Status, e), UpdatedAt = e.At };
    public ProposalListItem Apply(ProposalWithdrawn e, ProposalListItem p) => p with { Status = After(p.Status, e), UpdatedAt = e.At };
    public ProposalListItem Apply(ProposalBudgeted e, ProposalListItem p) =>
        p with { Status = After(p.Status, e), BudgetedAmount = e.Amount, UpdatedAt = e.At };
    public ProposalListItem Apply(ProposalNotFunded e, ProposalListItem p) => p with { Status = After(p.Status, e), UpdatedAt = e.At };
    public ProposalListItem Apply(FundingAdjusted e, ProposalListItem p) => p with
    {
        BudgetedAmount = e.NewAmount, Status = After(p.Status, e), UpdatedAt = e.At,
    };
    public ProposalListItem Apply(ImplementationStarted e, ProposalListItem p) => p with { Status = After(p.Status, e), UpdatedAt = e.At };
    public ProposalListItem Apply(ImplementationCompleted e, ProposalListItem p) => p with { Status = After(p.Status, e), UpdatedAt = e.At };
    public ProposalListItem Apply(EvaluationFiled e, ProposalListItem p) => p with { Status = After(p.Status, e), UpdatedAt = e.At };
    public ProposalListItem Apply(ThresholdCrossed e, ProposalListItem p) => p with
    {
        ThresholdsReached = [.. p.ThresholdsReached, e.Threshold],
        AnswersDue = CrossThresholds.AnswererOf(e.Threshold) is { } who ? [.. p.AnswersDue, who] : p.AnswersDue,
        UpdatedAt = e.At,
    };
    public ProposalListItem Apply(AnswerOverdue e, ProposalListItem p) =>
        p with { AnswersOverdue = [.. p.AnswersOverdue, e.Answerer], UpdatedAt = e.At };
    public ProposalListItem Apply(AnswerPosted e, ProposalListItem p) => p with
    {
        AnswersDue = p.AnswersDue.Where(a => a != e.Answerer).ToList(),
        AnswersOverdue = p.AnswersOverdue.Where(a => a != e.Answerer).ToList(),
        UpdatedAt = e.At,
    };
    public ProposalListItem Apply(SurveyCountRecorded e, ProposalListItem p) => p with { SurveyCount = e.Count, UpdatedAt = e.At };
}

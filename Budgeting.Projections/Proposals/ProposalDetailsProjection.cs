using Budgeting.Domain.Proposals.Admitting;
using Budgeting.Domain.Proposals.Answering;
using Budgeting.Domain.Proposals.Appealing;
using Budgeting.Domain.Proposals.ApprovingOverruns;
using Budgeting.Domain.Proposals.AssessingFeasibility;
using Budgeting.Domain.Proposals.ClosingForums;
using Budgeting.Domain.Proposals.CompletingImplementation;
using Budgeting.Domain.Proposals.CrossingThresholds;
using Budgeting.Domain.Proposals.DecidingAppeals;
using Budgeting.Domain.Proposals.Declining;
using Budgeting.Domain.Proposals.EstimatingCost;
using Budgeting.Domain.Proposals.Evaluating;
using Budgeting.Domain.Proposals.Funding;
using Budgeting.Domain.Proposals.HoldingDiscussions;
using Budgeting.Domain.Proposals.OpeningDeliberation;
using Budgeting.Domain.Proposals.ReachingMilestones;
using Budgeting.Domain.Proposals.RecordingSurveyCounts;
using Budgeting.Domain.Proposals.RecordingSpending;
using Budgeting.Domain.Proposals.Revising;
using Budgeting.Domain.Proposals.StartingImplementation;
using Budgeting.Domain.Proposals.Suggesting;
using Budgeting.Domain.Proposals.Withdrawing;
using Marten.Events.Aggregation;
using static Budgeting.Domain.Proposals.ProposalLifecycle;

namespace Budgeting.Projections.Proposals;

public sealed class ProposalDetailsProjection : SingleStreamProjection<ProposalDetails, Guid>
{
    public static ProposalDetails Create(ProposalSuggested e) => new()
    {
        Id = e.ProposalId, CycleId = e.CycleId, ProposerId = e.ProposerId, Channel = e.Channel, Status = After(default, e),
        Title = e.Title, Description = e.Description, Category = e.Category, District = e.District,
        CostGuess = e.CostGuess, CarriedFrom = e.CarriedFrom, SuggestedAt = e.At, UpdatedAt = e.At,
    };

    public ProposalDetails Apply(DeliberationOpened e, ProposalDetails d) => d with { Status = After(d.Status, e), UpdatedAt = e.At };
    public ProposalDetails Apply(ProposalRevised e, ProposalDetails d) => d with
    {
        ConceptVersion = e.ConceptVersion, Title = e.Title, Description = e.Description, Category = e.Category,
        CostGuess = e.CostGuess, UpdatedAt = e.At,
    };
    public ProposalDetails Apply(DiscussionHeld e, ProposalDetails d) =>
        d with { Discussions = [.. d.Discussions, new(e.HeldOn, e.Participants, e.Summary)], UpdatedAt = e.At };
    public ProposalDetails Apply(CostEstimated e, ProposalDetails d) => d with
    {
        CostEstimate = new(e.Total, e.LineItems.Select(l => new CostLineView(l.Description, l.Amount)).ToList(), e.At),
        UpdatedAt = e.At,
    };
    public ProposalDetails Apply(FeasibilityAssessed e, ProposalDetails d) =>
        d with { Feasibility = new(e.Feasible, e.Reason, e.At), UpdatedAt = e.At };
    public ProposalDetails Apply(ProposalAdmitted e, ProposalDetails d) => d with { Status = After(d.Status, e), UpdatedAt = e.At };
    public ProposalDetails Apply(ProposalDeclined e, ProposalDetails d) =>
        d with { Status = After(d.Status, e), DeclineReason = e.Reason, UpdatedAt = e.At };
    public ProposalDetails Apply(DeclineAppealed e, ProposalDetails d) =>
        d with { Appeal = new(e.Reason, null, null, e.At), UpdatedAt = e.At };
    public ProposalDetails Apply(AppealDecided e, ProposalDetails d) => d with
    {
        Appeal = d.Appeal! with { Upheld = e.Upheld, Decision = e.Reason },
        Status = After(d.Status, e), UpdatedAt = e.At,
    };
    public ProposalDetails Apply(ProposalWithdrawn e, ProposalDetails d) => d with { Status = After(d.Status, e), UpdatedAt = e.At };
    public ProposalDetails Apply(ProposalBudgeted e, ProposalDetails d) =>
        d with { Status = After(d.Status, e), BudgetedAmount = e.Amount, UpdatedAt = e.At };
    public ProposalDetails Apply(ProposalNotFunded e, ProposalDetails d) => d with { Status = After(d.Status, e), UpdatedAt = e.At };
    public ProposalDetails Apply(FundingAdjusted e, ProposalDetails d) => d with
    {
        BudgetedAmount = e.NewAmount, Status = After(d.Status, e), UpdatedAt = e.At,
    };
    public ProposalDetails Apply(ImplementationStarted e, ProposalDetails d) => d with { Status = After(d.Status, e), UpdatedAt = e.At };
    public ProposalDetails Apply(MilestoneReached e, ProposalDetails d) => d with
    {
        Progress = e.Progress, Milestones = [.. d.Milestones, new(e.Title, e.Progress, e.At)], UpdatedAt = e.At,
    };
    public ProposalDetails Apply(SpendingRecorded e, ProposalDetails d) => d with { Spent = d.Spent + e.Amount, UpdatedAt = e.At };
    public ProposalDetails Apply(OverrunApproved e, ProposalDetails d) =>
        d with { ApprovedOverrun = d.ApprovedOverrun + e.Amount, UpdatedAt = e.At };
    public ProposalDetails Apply(ImplementationCompleted e, ProposalDetails d) =>
        d with { Status = After(d.Status, e), Progress = 100, UpdatedAt = e.At };
    public ProposalDetails Apply(EvaluationFiled e, ProposalDetails d) => d with
    {
        Status = After(d.Status, e), Evaluations = [.. d.Evaluations, new(e.By.Id, e.By.Role, e.Rating, e.Findings, e.At)], UpdatedAt = e.At,
    };

    public ProposalDetails Apply(ThresholdCrossed e, ProposalDetails d) => d with
    {
        ThresholdsReached = [.. d.ThresholdsReached, new(e.Threshold, e.Count, e.At)],
        Answers = e.DueBy is { } due && CrossThresholds.AnswererOf(e.Threshold) is { } who
            ? [.. d.Answers, new AnswerView(who, due, false, [])]
            : d.Answers,
        Forum = e.ClosesAt is { } closes ? new ForumView(e.At, closes, null, 0, 0, 0, 0) : d.Forum,
        UpdatedAt = e.At,
    };
    public ProposalDetails Apply(AnswerOverdue e, ProposalDetails d) =>
        d with { Answers = d.Answers.Select(a => a.Answerer == e.Answerer ? a with { Overdue = true } : a).ToList(), UpdatedAt = e.At };
    public ProposalDetails Apply(AnswerPosted e, ProposalDetails d) => d with
    {
        Answers = d.Answers.Select(a => a.Answerer == e.Answerer
            ? a with { Posted = [.. a.Posted, new(e.Text, e.Outcome, e.Reason, e.CarriedIntoCycle, e.CarriedAs, e.By.Id, e.At)] }
            : a).ToList(),
        UpdatedAt = e.At,
    };
    public ProposalDetails Apply(ForumClosed e, ProposalDetails d) => d with
    {
        Forum = d.Forum! with { ClosedAt = e.At, Participants = e.Participants, Agree = e.Agree, Disagree = e.Disagree, Undecided = e.Undecided },
        UpdatedAt = e.At,
    };
    public ProposalDetails Apply(SurveyCountRecorded e, ProposalDetails d) =>
        d with { SurveyCount = new(e.Count, e.Source, e.At), UpdatedAt = e.At };
}

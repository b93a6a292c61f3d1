using System.Collections.Immutable;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.Answering;
using Budgeting.Domain.Proposals.Appealing;
using Budgeting.Domain.Proposals.ApprovingOverruns;
using Budgeting.Domain.Proposals.AssessingFeasibility;
using Budgeting.Domain.Proposals.ClosingForums;
using Budgeting.Domain.Proposals.CompletingImplementation;
using Budgeting.Domain.Proposals.CrossingThresholds;
using Budgeting.Domain.Proposals.DecidingAppeals;
using Budgeting.Domain.Proposals.EstimatingCost;
using Budgeting.Domain.Proposals.Funding;
using Budgeting.Domain.Proposals.ReachingMilestones;
using Budgeting.Domain.Proposals.RecordingSpending;
using Budgeting.Domain.Proposals.Revising;
using Budgeting.Domain.Proposals.Suggesting;
using NodaTime;
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
    public Instant SuggestedAt { get; init; }
    public ImmutableHashSet<Threshold> Thresholds { get; init; } = [];
    public ImmutableDictionary<Answerer, DueAnswer> Answers { get; init; } = ImmutableDictionary<Answerer, DueAnswer>.Empty;
    public Instant? ForumClosesAt { get; init; }
    public bool ForumClosed { get; init; }

    public Won SpendingLimit => BudgetedAmount + ApprovedOverrun;
    public bool ForumOpen => ForumClosesAt is not null && !ForumClosed;

    private static Proposal Start(ProposalSuggested e) => new(e.ProposalId, e.CycleId, e.ProposerId, Suggested) { SuggestedAt = e.At };

    private Proposal With(ProposalRevised e) => this with { ConceptVersion = e.ConceptVersion };
    private Proposal With(CostEstimated e) => this with { CostEstimate = e.Total };
    private Proposal With(FeasibilityAssessed e) => this with { Feasible = e.Feasible };
    private Proposal With(DeclineAppealed e) => this with { Appealed = true, AppealPending = true };
    private Proposal With(AppealDecided e) => this with { AppealPending = false };
    private Proposal With(ProposalBudgeted e) => this with { BudgetedAmount = e.Amount };
    private Proposal With(FundingAdjusted e) => this with { BudgetedAmount = e.NewAmount };
    private Proposal With(MilestoneReached e) => this with { Progress = e.Progress };
    private Proposal With(SpendingRecorded e) => this with { Spent = Spent + e.Amount };
    private Proposal With(OverrunApproved e) => this with { ApprovedOverrun = ApprovedOverrun + e.Amount };
    private Proposal With(ImplementationCompleted e) => this with { Progress = 100 };
    private Proposal With(ThresholdCrossed e) => this with
    {
        Thresholds = Thresholds.Add(e.Threshold),
        Answers = e.DueBy is { } due && CrossThresholds.AnswererOf(e.Threshold) is { } who ? Answers.SetItem(who, new DueAnswer(due)) : Answers,
        ForumClosesAt = e.ClosesAt ?? ForumClosesAt,
    };
    private Proposal With(AnswerOverdue e) => this with { Answers = Answers.SetItem(e.Answerer, Answers[e.Answerer] with { Overdue = true }) };
    private Proposal With(AnswerPosted e) => this with { Answers = Answers.SetItem(e.Answerer, Answers[e.Answerer] with { Outcome = e.Outcome }) };
    private Proposal With(ForumClosed e) => this with { ForumClosed = true };

    /// <summary>Folds one event into the state, its status by <see cref="ProposalLifecycle"/>; unknown events leave it as it was.</summary>
    public static Proposal? Evolve(Proposal? state, object @event)
    {
        if (Fold(state, @event) is not { } next) return null;
        var status = ProposalLifecycle.After(next.Status, @event);
        return status == next.Status ? next : next with { Status = status };
    }

    private static Proposal? Fold(Proposal? state, object @event) => (state, @event) switch
    {
        (null, ProposalSuggested e) => Start(e),
        (null, _) => null,
        (_, ProposalRevised e) => state.With(e),
        (_, CostEstimated e) => state.With(e),
        (_, FeasibilityAssessed e) => state.With(e),
        (_, DeclineAppealed e) => state.With(e),
        (_, AppealDecided e) => state.With(e),
        (_, ProposalBudgeted e) => state.With(e),
        (_, FundingAdjusted e) => state.With(e),
        (_, MilestoneReached e) => state.With(e),
        (_, SpendingRecorded e) => state.With(e),
        (_, OverrunApproved e) => state.With(e),
        (_, ImplementationCompleted e) => state.With(e),
        (_, ThresholdCrossed e) => state.With(e),
        (_, AnswerOverdue e) => state.With(e),
        (_, AnswerPosted e) => state.With(e),
        (_, ForumClosed e) => state.With(e),
        _ => state,
    };

    /// <summary>A conflict naming the current state when the command's transition starts from none of <paramref name="allowed"/>.</summary>
    public Rejection? Unless(string action, params ProposalStatus[] allowed) => allowed.Contains(Status)
        ? null
        : Rejection.Conflict("state", $"proposal is {Status}; {action} in {string.Join(" or ", allowed)}", "status").With(("status", Status));
}

using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.Answering;
using Budgeting.Domain.Proposals.CrossingThresholds;
using System.Text.Json.Serialization;
using NodaTime;

namespace Budgeting.Projections.Proposals;

/// <summary>
/// One proposal as the public reads it: the current concept, its costing, decisions, funding and delivery, and its
/// public support: thresholds reached, answers due and given, its forum. <see cref="Supports"/> and the forum's counts
/// live in other streams: they are counted when the proposal is read (0 in the stored document). The one proposal read
/// model: the public list reads the same documents, by the cycle, status and search columns beside the JSON.
/// </summary>
public sealed record ProposalDetails
{
    public Guid Id { get; init; }
    public Guid CycleId { get; init; }
    public string ProposerId { get; init; } = "";
    public string Channel { get; init; } = "";
    public ProposalStatus Status { get; init; }
    public int ConceptVersion { get; init; } = 1;
    public string Title { get; init; } = "";
    public string Description { get; init; } = "";
    public string Category { get; init; } = "";
    public string District { get; init; } = "";
    public Won? CostGuess { get; init; }
    public CostEstimateView? CostEstimate { get; init; }
    public FeasibilityView? Feasibility { get; init; }
    public IReadOnlyList<DiscussionView> Discussions { get; init; } = [];
    public string? DeclineReason { get; init; }
    public AppealView? Appeal { get; init; }
    public Won? BudgetedAmount { get; init; }
    public Won Spent { get; init; }
    public Won ApprovedOverrun { get; init; }
    public int Progress { get; init; }
    public IReadOnlyList<MilestoneView> Milestones { get; init; } = [];
    public IReadOnlyList<EvaluationView> Evaluations { get; init; } = [];
    public int Supports { get; init; }
    public IReadOnlyList<ThresholdView> ThresholdsReached { get; init; } = [];
    public IReadOnlyList<AnswerView> Answers { get; init; } = [];
    public ForumView? Forum { get; init; }
    public SurveyCountView? SurveyCount { get; init; }
    public Guid? CarriedFrom { get; init; }
    public Instant SuggestedAt { get; init; }
    public Instant UpdatedAt { get; init; }
    public long Version { get; init; }

    /// <summary>The lowercased title and description the list's free-text filter reads: a column of its own, never in the JSON.</summary>
    [JsonIgnore]
    public string SearchText => $"{Title}\n{Description}".ToLowerInvariant();

    /// <summary>
    /// Every two-character piece of <see cref="SearchText"/>: a trigram index cannot look up a two-syllable word
    /// (공원, 안전), this array column's GIN index can. A column of its own, never in the JSON.
    /// </summary>
    [JsonIgnore]
    public string[] SearchPairs => Pairs(SearchText);

    /// <summary>
    /// The distinct two-character pieces of <paramref name="text"/>, in the order they first occur: one string per
    /// distinct piece (a rebuild computes them for every proposal).
    /// </summary>
    public static string[] Pairs(string text)
    {
        if (text.Length < 2) return [];
        var seen = new HashSet<uint>(text.Length);
        var pairs = new List<string>(text.Length);
        for (var i = 0; i + 1 < text.Length; i++)
            if (seen.Add((uint)text[i] << 16 | text[i + 1])) pairs.Add(text.Substring(i, 2));
        return [.. pairs];
    }
}

public sealed record CostEstimateView(Won Total, IReadOnlyList<CostLineView> LineItems, Instant EstimatedAt);
public sealed record CostLineView(string Description, Won Amount);
public sealed record FeasibilityView(bool Feasible, string Reason, Instant AssessedAt);
public sealed record DiscussionView(LocalDate HeldOn, IReadOnlyList<string> Participants, string Summary);
public sealed record AppealView(string Reason, bool? Upheld, string? Decision, Instant AppealedAt);
public sealed record MilestoneView(string Title, int Progress, Instant ReachedAt);
public sealed record EvaluationView(string By, string Role, int Rating, string Findings, Instant FiledAt);
public sealed record ThresholdView(Threshold Threshold, int Count, Instant At);
public sealed record AnswerView(Answerer Answerer, Instant DueBy, bool Overdue, IReadOnlyList<PostedAnswerView> Posted)
{
    /// <summary>Due and not posted yet: what the officers' queue lists, and the list's overdue marks when also overdue.</summary>
    [JsonIgnore]
    public bool Owed => Posted.Count == 0;
}
public sealed record PostedAnswerView(
    string Text, AnswerOutcome Outcome, string? Reason, Guid? CarriedIntoCycle, Guid? CarriedAs, string By, Instant At);
public sealed record ForumView(Instant OpenedAt, Instant ClosesAt, Instant? ClosedAt, int Participants, int Agree, int Disagree, int Undecided);
public sealed record SurveyCountView(int Count, string Source, Instant RecordedAt);

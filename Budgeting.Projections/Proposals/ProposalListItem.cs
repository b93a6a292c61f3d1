using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.Answering;
using Budgeting.Domain.Proposals.CrossingThresholds;
using System.Text.Json.Serialization;
using NodaTime;

namespace Budgeting.Projections.Proposals;

/// <summary>
/// A row of the public proposal list; <see cref="SearchText"/> is the lowercased title and description the free-text
/// filter reads. Its supports are counted apart (<c>SupportTally</c>), a moment behind the proposal.
/// </summary>
public sealed record ProposalListItem
{
    public Guid Id { get; init; }
    public Guid CycleId { get; init; }
    public string Title { get; init; } = "";
    public string Category { get; init; } = "";
    public string District { get; init; } = "";
    public ProposalStatus Status { get; init; }
    public Won? CostEstimate { get; init; }
    public Won? BudgetedAmount { get; init; }
    public List<Threshold> ThresholdsReached { get; init; } = [];
    /// <summary>Answers a threshold made due and nobody has posted yet (the officers' queue); those past their date are also overdue.</summary>
    public List<Answerer> AnswersDue { get; init; } = [];
    public List<Answerer> AnswersOverdue { get; init; } = [];
    public int? SurveyCount { get; init; }
    public Instant SuggestedAt { get; init; }
    public Instant UpdatedAt { get; init; }
    public string SearchText { get; init; } = "";
    public long Version { get; init; }

    /// <summary>
    /// Every two-character piece of <see cref="SearchText"/>: a trigram index cannot look up a two-syllable word
    /// (공원, 안전), this array column's GIN index can. Stored as a column of its own, never in the JSON.
    /// </summary>
    [JsonIgnore]
    public string[] SearchPairs => Pairs(SearchText);

    public static string[] Pairs(string text) =>
        text.Length < 2 ? [] : [.. Enumerable.Range(0, text.Length - 1).Select(i => text.Substring(i, 2)).Distinct(StringComparer.Ordinal)];

    public static string Searchable(string title, string description) => $"{title}\n{description}".ToLowerInvariant();
}

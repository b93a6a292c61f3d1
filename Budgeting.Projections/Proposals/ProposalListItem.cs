using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using NodaTime;

namespace Budgeting.Projections.Proposals;

/// <summary>A row of the public proposal list; <see cref="SearchText"/> is the lowercased title and description the free-text filter reads.</summary>
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
    public Instant SuggestedAt { get; init; }
    public Instant UpdatedAt { get; init; }
    public string SearchText { get; init; } = "";
    public long Version { get; init; }

    public static string Searchable(string title, string description) => $"{title}\n{description}".ToLowerInvariant();
}

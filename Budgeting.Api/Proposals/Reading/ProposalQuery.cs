using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using Budgeting.Projections.Proposals;
using Marten;
using Marten.Linq.MatchesSql;

namespace Budgeting.Api.Proposals.Reading;

/// <summary>The list's filters, sort and page, parsed from the query string; a bad value is a rejection naming its parameter.</summary>
public sealed record ProposalQuery(
    Guid? CycleId, ProposalStatus? Status, string? District, string? Category, string? Text, string Sort, int Page, int PageSize)
{
    public const int MaxPageSize = 200, DefaultPageSize = 20;
    public static readonly IReadOnlyList<string> Sorts =
        ["-suggestedAt", "suggestedAt", "-updatedAt", "updatedAt", "title", "-title", "-supports", "supports"];

    public static (ProposalQuery?, Rejection?) Parse(
        string? cycleId, string? status, string? district, string? category, string? q, string? sort, string? page, string? pageSize)
    {
        Guid? cycle = Guid.TryParse(cycleId, out var c) ? c : null;
        ProposalStatus? state = Enum.TryParse<ProposalStatus>(status, ignoreCase: true, out var s) && !int.TryParse(status, out _) ? s : null;
        var pageNumber = int.TryParse(page, out var p) ? p : page is null ? 1 : 0;
        var size = int.TryParse(pageSize, out var z) ? z : pageSize is null ? DefaultPageSize : 0;
        var rejection = Validation.FirstOf(
            cycleId is not null && cycle is null ? Rejection.Invalid("cycleId", "guid", "cycleId must be a cycle id (a GUID)") : null,
            status is not null && state is null ? Rejection.Invalid("status", "known-status",
                $"status must be one of {string.Join(", ", Enum.GetNames<ProposalStatus>())}") : null,
            district is not null && !Seoul.IsKnownScope(district) ? Rejection.Invalid("district", "known-district",
                "district must be \"city\" or a Seoul district code") : null,
            category is not null && !Categories.IsKnown(category) ? Rejection.Invalid("category", "known-category",
                $"category must be one of {string.Join(", ", Categories.All.Keys)}") : null,
            Validation.Text("q", q, 0, 200),
            sort is not null && !Sorts.Contains(sort) ? Rejection.Invalid("sort", "known-sort",
                $"sort must be one of {string.Join(", ", Sorts)}") : null,
            pageNumber < 1 ? Rejection.Invalid("page", "range", "page must be a whole number from 1") : null,
            size is < 1 or > MaxPageSize ? Rejection.Invalid("pageSize", "range", $"pageSize must be between 1 and {MaxPageSize}") : null);
        return rejection is null
            ? (new ProposalQuery(cycle, state, district, category, q?.Trim().ToLowerInvariant(), sort ?? Sorts[0], pageNumber, size), null)
            : (null, rejection);
    }

    public IQueryable<ProposalDetails> Apply(IQueryable<ProposalDetails> items, string tallies) => Sorted(Indexed(items), tallies);

    /// <summary>
    /// The filters in PostgreSQL: a two-character <c>q</c> is looked up first in the list's pairs column (a trigram
    /// index holds no trigram of it), then matched exactly like any other.
    /// </summary>
    public IQueryable<ProposalDetails> Indexed(IQueryable<ProposalDetails> items) =>
        Filtered(Text is { Length: 2 } pair ? items.Where(x => x.MatchesSql("search_pairs @> array[?]", pair)) : items);

    /// <summary>The same filters and order in memory, strings and ids compared as PostgreSQL compares them here (C.UTF-8).</summary>
    public IEnumerable<ProposalDetails> Apply(IEnumerable<ProposalDetails> items, IReadOnlyDictionary<Guid, int> supports)
    {
        var filtered = Filtered(items.AsQueryable());
        var byId = StringComparer.Ordinal;
        return Sort switch
        {
            "-supports" => filtered.OrderByDescending(x => supports.GetValueOrDefault(x.Id)).ThenBy(x => x.Id.ToString(), byId),
            "supports" => filtered.OrderBy(x => supports.GetValueOrDefault(x.Id)).ThenBy(x => x.Id.ToString(), byId),
            "suggestedAt" => filtered.OrderBy(x => x.SuggestedAt).ThenBy(x => x.Id.ToString(), byId),
            "-updatedAt" => filtered.OrderByDescending(x => x.UpdatedAt).ThenBy(x => x.Id.ToString(), byId),
            "updatedAt" => filtered.OrderBy(x => x.UpdatedAt).ThenBy(x => x.Id.ToString(), byId),
            "title" => filtered.OrderBy(x => x.Title, StringComparer.Ordinal).ThenBy(x => x.Id.ToString(), byId),
            "-title" => filtered.OrderByDescending(x => x.Title, StringComparer.Ordinal).ThenBy(x => x.Id.ToString(), byId),
            _ => filtered.OrderByDescending(x => x.SuggestedAt).ThenBy(x => x.Id.ToString(), byId),
        };
    }

    /// <summary>The filters alone, as any LINQ provider can run them.</summary>
    public IQueryable<ProposalDetails> Filtered(IQueryable<ProposalDetails> items)
    {
        if (CycleId is { } cycle) items = items.Where(x => x.CycleId == cycle);
        if (Status is { } status) items = items.Where(x => x.Status == status);
        if (District is { } district) items = items.Where(x => x.District == district);
        if (Category is { } category) items = items.Where(x => x.Category == category);
        if (!string.IsNullOrEmpty(Text)) items = items.Where(x => x.SearchText.Contains(Text));
        return items;
    }

    /// <summary>The order asked for, ties broken by id; supports as last counted, from <paramref name="tallies"/> (the tallies' table).</summary>
    public IQueryable<ProposalDetails> Sorted(IQueryable<ProposalDetails> items, string tallies) =>
        Sort switch
        {
            "-supports" => items.OrderBySql($"{SupportsOf(tallies)} desc, d.id"),
            "supports" => items.OrderBySql($"{SupportsOf(tallies)}, d.id"),
            "suggestedAt" => items.OrderBy(x => x.SuggestedAt).ThenBy(x => x.Id),
            "-updatedAt" => items.OrderByDescending(x => x.UpdatedAt).ThenBy(x => x.Id),
            "updatedAt" => items.OrderBy(x => x.UpdatedAt).ThenBy(x => x.Id),
            "title" => items.OrderBy(x => x.Title).ThenBy(x => x.Id),
            "-title" => items.OrderByDescending(x => x.Title).ThenBy(x => x.Id),
            _ => items.OrderByDescending(x => x.SuggestedAt).ThenBy(x => x.Id),
        };

    private static string SupportsOf(string tallies) =>
        $"coalesce((select (t.data ->> 'supports')::int from {tallies} t where t.id = d.id), 0)";
}

using Budgeting.Projections.Participation;
using Budgeting.Projections.Proposals;
using Marten;
using Microsoft.Extensions.Caching.Memory;

namespace Budgeting.Api.Proposals.Reading;

/// <summary>
/// The public list's pages, for the API and the web pages alike. The list is public, whoever reads it: a page is kept in
/// memory under the list's generation (<see cref="ListCache"/>), read before the page is queried, so a commit makes
/// every kept page unreachable at once. Signed-in readers, whose answers the output cache never keeps, are served
/// from here too. A page not kept is queried on the search's own connections (<see cref="ListSearch"/>).
/// </summary>
public sealed class ProposalListReader(ListCache generations, ListSearch search) : IDisposable
{
    private readonly MemoryCache pages = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public async Task<ProposalPage> Read(ProposalQuery query, CancellationToken token)
    {
        if (!generations.Enabled) return await Query(query, token);
        var key = (await generations.Current(token), query);
        if (pages.TryGetValue(key, out ProposalPage? page)) return page!;
        page = await Query(query, token);
        pages.Set(key, page, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(1) });
        return page;
    }

    /// <summary>
    /// The matches are counted first, by id and without an order, up to <see cref="ExactTotalUpTo"/> (or past the page
    /// asked for, when deeper): PostgreSQL combines the filters' indexes for that. When that count is exact, the matches
    /// are few and the page is sorted from them by id; otherwise they are many, and walking the order's index finds a
    /// page quickly. Walking the index for a word the cycle hardly holds read the whole cycle (37 ms for 27,000 rows
    /// and no match), since the planner cannot know that a word and a cycle go together. Beyond the count the total is
    /// a lower bound, and says so.
    /// </summary>
    private async Task<ProposalPage> Query(ProposalQuery query, CancellationToken token)
    {
        await using var searching = await search.Open(token);
        var session = searching.Query;
        var skipped = (long)(query.Page - 1) * query.PageSize;
        var limit = (int)Math.Min(int.MaxValue, Math.Max(ExactTotalUpTo, skipped + query.PageSize) + 1);
        var matches = await query.Indexed(session.Query<ProposalDetails>()).Select(x => x.Id).Take(limit).ToListAsync(token);
        var exact = matches.Count < limit;
        if (exact && matches.Count <= skipped) return new ProposalPage([], query.Page, query.PageSize, matches.Count);
        var tallyTable = session.DocumentStore.Options.Schema.For<SupportTally>();
        var ordered = exact
            ? query.Sorted(session.Query<ProposalDetails>().Where(x => x.Id.IsOneOf(matches.ToArray())), tallyTable)
            : query.Apply(session.Query<ProposalDetails>(), tallyTable);
        var items = await ordered.Skip((int)skipped).Take(query.PageSize).ToListAsync(token);
        var tallies = (await session.LoadManyAsync<SupportTally>(token, items.Select(i => i.Id))).ToDictionary(t => t.Id, t => t.Supports);
        return new ProposalPage(items.Select(i => ProposalSummary.From(i, tallies.GetValueOrDefault(i.Id))).ToList(), query.Page, query.PageSize,
            exact ? matches.Count : limit - 1, exact);
    }

    /// <summary>Totals are exact up to this many matches (or the page asked for); above it the list answers a lower bound with <c>totalIsExact: false</c>.</summary>
    public const int ExactTotalUpTo = 1_000;

    public void Dispose() => pages.Dispose();
}

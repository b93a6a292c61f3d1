using Budgeting.Api.Audit.TimeTravel;
using Budgeting.Domain.Proposals.Suggesting;
using Budgeting.Projections.Proposals;
using Marten;

namespace Budgeting.Api.Proposals.Reading;

/// <summary>
/// The proposal list as of a past instant: every proposal stream (of the filtered cycle, if any) folded by the read
/// model's own projection up to its version then, with its supports counted as of then, filtered, sorted and paged like the
/// live list.
/// </summary>
public static class ProposalListAsOf
{
    public static async Task<ProposalPage> Read(IQuerySession session, ProposalQuery query, AsOf asOf, CancellationToken token)
    {
        IQueryable<ProposalSuggested> suggested = session.Events.QueryRawEventDataOnly<ProposalSuggested>();
        if (query.CycleId is { } cycle) suggested = suggested.Where(e => e.CycleId == cycle);
        var ids = await suggested.Select(e => e.ProposalId).ToListAsync(token);
        var items = new List<ProposalDetails>();
        foreach (var (id, point) in await StreamVersions.At(session, ids, asOf, token))
            if (point.Version > 0 && await session.Events.AggregateStreamAsync<ProposalDetails>(id, version: point.Version, token: token) is { } item)
                items.Add(item);
        var supports = await ParticipationCounts.SupportsAsOf(session, [.. items.Select(i => i.Id)], asOf, token);
        var matching = query.Apply(items, supports).ToList();
        return new ProposalPage(matching.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
                .Select(i => ProposalSummary.From(i, supports.GetValueOrDefault(i.Id))).ToList(),
            query.Page, query.PageSize, matching.Count);
    }
}

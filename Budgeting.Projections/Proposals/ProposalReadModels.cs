using JasperFx.Events.Projections;
using Marten;
using Weasel.Postgresql.Tables;

namespace Budgeting.Projections.Proposals;

public static class ProposalReadModels
{
    /// <summary>The list's pg_trgm index for <c>q</c>, made by the API at startup when pg_trgm is available; Marten leaves it alone.</summary>
    public const string SearchIndexName = "proposal_list_search_trgm";
    /// <summary>The list's default order within a cycle (and a status), as Marten's LINQ writes it; made by the API at startup.</summary>
    public const string CycleOrderIndexName = "proposal_list_by_cycle", CycleStatusOrderIndexName = "proposal_list_by_cycle_status";

    /// <summary>The same orders on the JSON's cycle and status, before those became columns; dropped at startup.</summary>
    public static readonly IReadOnlyList<string> FormerIndexNames = ["proposal_list_cycle_order", "proposal_list_cycle_status_order"];

    /// <summary>Inline, so a read after a write's response already sees it.</summary>
    public static StoreOptions ConfigureProposalReadModels(this StoreOptions opts)
    {
        opts.Projections.Add(new ProposalAggregation(), ProjectionLifecycle.Live);
        opts.Projections.Add<ProposalDetailsProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<ProposalListItemProjection>(ProjectionLifecycle.Inline);
        // Cycle and status as columns of their own: the list's filters and its count read them from an index alone,
        // without taking each row's JSON apart.
        opts.Schema.For<ProposalDetails>().Index(x => x.ProposerId);
        opts.Schema.For<ProposalListItem>()
            .Duplicate(x => x.CycleId)
            .Duplicate(x => x.Status)
            .Duplicate(x => x.SearchPairs, pgType: "text[]", configure: index => index.Method = IndexMethod.gin)
            .Index(x => x.SuggestedAt)
            .IgnoreIndex(SearchIndexName)
            .IgnoreIndex(CycleOrderIndexName)
            .IgnoreIndex(CycleStatusOrderIndexName)
            .IgnoreIndex(FormerIndexNames[0])
            .IgnoreIndex(FormerIndexNames[1]);
        return opts;
    }
}

using JasperFx.Events.Projections;
using Marten;

namespace Budgeting.Projections.Proposals;

public static class ProposalReadModels
{
    /// <summary>The list's pg_trgm index for <c>q</c>, made by the API at startup when pg_trgm is available; Marten leaves it alone.</summary>
    public const string SearchIndexName = "proposal_list_search_trgm";
    /// <summary>The list's default order within a cycle (and a status), as Marten's LINQ writes it; made by the API at startup.</summary>
    public const string CycleOrderIndexName = "proposal_list_cycle_order", CycleStatusOrderIndexName = "proposal_list_cycle_status_order";

    /// <summary>Inline, so a read after a write's response already sees it.</summary>
    public static StoreOptions ConfigureProposalReadModels(this StoreOptions opts)
    {
        opts.Projections.Add(new ProposalAggregation(), ProjectionLifecycle.Live);
        opts.Projections.Add<ProposalDetailsProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<ProposalListItemProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<ProposalListItem>()
            .Index(x => x.CycleId)
            .Index(x => x.Status)
            .Index(x => x.SuggestedAt)
            .IgnoreIndex(SearchIndexName)
            .IgnoreIndex(CycleOrderIndexName)
            .IgnoreIndex(CycleStatusOrderIndexName);
        return opts;
    }
}

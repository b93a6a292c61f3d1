using JasperFx.Events.Projections;
using Marten;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace Budgeting.Projections.Proposals;

public static class ProposalReadModels
{
    /// <summary>The list's pg_trgm index for <c>q</c>, on the search text column.</summary>
    public const string SearchIndexName = "proposals_search_trgm";
    /// <summary>The list's default order within a cycle (and a status), as Marten's LINQ writes it; made by the API at startup.</summary>
    public const string CycleOrderIndexName = "proposals_by_cycle", CycleStatusOrderIndexName = "proposals_by_cycle_status";
    /// <summary>The list's own document before the list read the details': its table and Marten functions are dropped at startup.</summary>
    public const string FormerListDocument = "proposallistitem";

    /// <summary>
    /// Inline, so a read after a write's response already sees it: one document per proposal, written once per command,
    /// that the details and the list both read. Cycle, status and the search text as columns of their own: the list's
    /// filters and its count read them from an index alone, without taking each row's JSON apart.
    /// </summary>
    public static StoreOptions ConfigureProposalReadModels(this StoreOptions opts)
    {
        opts.Storage.ExtendedSchemaObjects.Add(new Extension("pg_trgm"));
        opts.Projections.Add(new ProposalAggregation(), ProjectionLifecycle.Live);
        opts.Projections.Add<ProposalDetailsProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<ProposalDetails>()
            .Index(x => x.ProposerId)
            .Duplicate(x => x.CycleId)
            .Duplicate(x => x.Status)
            // The free-text filter's column, indexed by trigrams (pg_trgm, from PostgreSQL's contrib, created by Marten).
            .Duplicate(x => x.SearchText, configure: index =>
            {
                index.Name = SearchIndexName;
                index.Method = IndexMethod.gin;
                index.Mask = "? gin_trgm_ops";
            })
            .Duplicate(x => x.SearchPairs, pgType: "text[]", configure: index => index.Method = IndexMethod.gin)
            .Index(x => x.SuggestedAt)
            .IgnoreIndex(CycleOrderIndexName)
            .IgnoreIndex(CycleStatusOrderIndexName);
        return opts;
    }
}

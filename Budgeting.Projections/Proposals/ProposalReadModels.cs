using JasperFx.Events.Projections;
using Marten;

namespace Budgeting.Projections.Proposals;

public static class ProposalReadModels
{
    /// <summary>Inline, so a read after a write's response already sees it.</summary>
    public static StoreOptions ConfigureProposalReadModels(this StoreOptions opts)
    {
        opts.Projections.Add(new ProposalAggregation(), ProjectionLifecycle.Live);
        opts.Projections.Add<ProposalDetailsProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<ProposalListItemProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<ProposalListItem>()
            .Index(x => x.CycleId)
            .Index(x => x.Status)
            .Index(x => x.SuggestedAt);
        return opts;
    }
}

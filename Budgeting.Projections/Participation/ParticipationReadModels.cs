using JasperFx.Events.Projections;
using Marten;

namespace Budgeting.Projections.Participation;

public static class ParticipationReadModels
{
    /// <summary>
    /// Support and forum participant streams inline, so a proposal read after a support counts it; found by their
    /// proposal, and active supports counted from an index of their own. The list's tallies are versioned: a recount
    /// that lost a race is refused and counts again.
    /// </summary>
    public static StoreOptions ConfigureParticipationReadModels(this StoreOptions opts)
    {
        opts.Projections.Add<SupportViewProjection>(ProjectionLifecycle.Inline);
        opts.Projections.Add<ParticipantViewProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<SupportView>().Duplicate(x => x.ProposalId).Duplicate(x => x.ActiveProposalId);
        opts.Schema.For<ParticipantView>().Duplicate(x => x.ProposalId);
        opts.Schema.For<SupportTally>().UseOptimisticConcurrency(true);
        return opts;
    }
}

using JasperFx.Events.Projections;
using Marten;

namespace Budgeting.Projections.Voting;

public static class VotingReadModels
{
    /// <summary>Ballots fold live for writes; each ballot's current selections inline, so a tally read after a vote sees it.</summary>
    public static StoreOptions ConfigureVotingReadModels(this StoreOptions opts)
    {
        opts.Projections.Add<SecretBallotAggregation>(ProjectionLifecycle.Live);
        opts.Projections.Add<BallotViewProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<BallotView>().Index(x => x.CycleId);
        return opts;
    }
}

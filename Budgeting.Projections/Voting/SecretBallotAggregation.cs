using Budgeting.Domain.Cycles.Voting;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Budgeting.Projections.Voting;

/// <summary>Lets Marten fold a ballot's stream with the domain's own pure Evolve (live, never stored).</summary>
public sealed class SecretBallotAggregation : SingleStreamProjection<SecretBallot, Guid>
{
    public override SecretBallot? Evolve(SecretBallot? snapshot, Guid id, IEvent e) => SecretBallot.Evolve(snapshot, e.Data);
}

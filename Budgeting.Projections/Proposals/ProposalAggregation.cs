using Budgeting.Domain.Proposals;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Budgeting.Projections.Proposals;

/// <summary>Lets Marten fold a proposal's stream with the domain's own pure Evolve (live, never stored), for
/// FetchForWriting: conventional Create/Apply would need Marten's source generator inside the domain.</summary>
public sealed class ProposalAggregation : SingleStreamProjection<Proposal, Guid>
{
    public override Proposal? Evolve(Proposal? snapshot, Guid id, IEvent e) => Proposal.Evolve(snapshot, e.Data);
}

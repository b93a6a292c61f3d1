using Budgeting.Domain.Proposals.Supporting;
using Budgeting.Domain.Proposals.TakingStances;
using Wolverine.Marten;

namespace Budgeting.Api.Proposals.CrossingThresholds;

/// <summary>
/// A proposal's supports or forum participants changed: published through the outbox in the transaction of every
/// support, withdrawal and forum joining, and counted in batches (a popular proposal's many changes, one count).
/// </summary>
public sealed record ParticipationChanged(Guid ProposalId)
{
    public static void Forward(MartenIntegration integration)
    {
        integration.SubscribeToEvent<ProposalSupported>().TransformedTo(e => new ParticipationChanged(e.Data.ProposalId));
        integration.SubscribeToEvent<SupportWithdrawn>().TransformedTo(e => new ParticipationChanged(e.Data.ProposalId));
        integration.SubscribeToEvent<ForumJoined>().TransformedTo(e => new ParticipationChanged(e.Data.ProposalId));
    }
}

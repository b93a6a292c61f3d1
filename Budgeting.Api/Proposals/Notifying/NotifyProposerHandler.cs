using Budgeting.Projections.Proposals;
using Marten;

namespace Budgeting.Api.Proposals.Notifying;

/// <summary>Puts each change of a proposal into its proposer's inbox.</summary>
public static class NotifyProposerHandler
{
    public static async Task Handle(ProposalChanged change, IDocumentSession session, CancellationToken token)
    {
        if (await session.LoadAsync<ProposalDetails>(change.ProposalId, token) is { } proposal)
            session.Store(Notification.For(change, proposal));
    }
}

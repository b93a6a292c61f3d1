using Budgeting.Api.Proposals.Supporting;
using Budgeting.Projections.Proposals;
using Marten;
using Wolverine.Attributes;

namespace Budgeting.Api.Proposals.Notifying;

/// <summary>
/// Puts each step that public support set off (thresholds, answers, overdue answers, the forum's end) into the
/// supporters' inboxes; the proposer's was written with the event (<see cref="ProposerNotifications"/>).
/// </summary>
public static class NotifyHandler
{
    [Transactional]
    public static async Task Handle(ProposalChanged change, IDocumentSession session, CancellationToken token)
    {
        if (NotificationText.ForSupporter(change.Change) is not { } message) return;
        if (await session.LoadAsync<ProposalDetails>(change.ProposalId, token) is not { } proposal) return;
        var supporters = await session.Query<SupporterRecord>().Where(r => r.ProposalId == change.ProposalId)
            .Select(r => r.SupporterId).ToListAsync(token);
        foreach (var supporter in supporters.Where(s => s != proposal.ProposerId))
            session.Store(Notification.ForSupporter(change, proposal, supporter, message));
    }
}

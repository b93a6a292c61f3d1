using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.Revising;
using Budgeting.Domain.Proposals.Suggesting;
using Budgeting.Projections.Proposals;
using JasperFx.Events;
using Marten;

namespace Budgeting.Api.Proposals.Notifying;

/// <summary>
/// Puts each event of a proposal into its proposer's inbox in the transaction that appends it, whichever session
/// appends it: the notification's id is the event's, so it is written exactly once and never without its event.
/// </summary>
public sealed class ProposerNotifications : DocumentSessionListenerBase
{
    public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        foreach (var stream in session.PendingChanges.Streams())
        {
            var events = stream.Events.Where(e => e.Data is IProposalEvent).ToList();
            if (events.Count == 0 || await Recipient(session, stream.Id, events, token) is not (var proposer, var title)) continue;
            foreach (var e in events) session.Store(Notification.For(ProposalChanged.Of(e), proposer, title));
        }
    }

    /// <summary>
    /// The proposer and the title the proposal has once these events are in: a suggestion names both; otherwise the
    /// details say who proposed it, and a revision among the events gives the new title.
    /// </summary>
    private static async Task<(string Proposer, string Title)?> Recipient(
        IDocumentSession session, Guid id, IReadOnlyList<IEvent> events, CancellationToken token)
    {
        var revised = events.Select(e => e.Data).OfType<ProposalRevised>().LastOrDefault()?.Title;
        if (events[0].Data is ProposalSuggested suggested) return (suggested.ProposerId, revised ?? suggested.Title);
        return await session.LoadAsync<ProposalDetails>(id, token) is { } details ? (details.ProposerId, revised ?? details.Title) : null;
    }
}

using Marten;
using NodaTime;

namespace Budgeting.Api.Proposals.Notifying;

/// <summary>How far a citizen has read their inbox: notifications after <see cref="SeenUpTo"/> are unread.</summary>
public sealed record InboxSeen(string Id, Instant SeenUpTo);

public static class Inbox
{
    public static async Task<Instant> SeenUpTo(IQuerySession session, string subject, CancellationToken token) =>
        (await session.LoadAsync<InboxSeen>(subject, token))?.SeenUpTo ?? Instant.MinValue;

    /// <summary>Counted up to <see cref="MaxCounted"/> (shown as "99+"): the newest notifications' instants against the marker.</summary>
    public static async Task<int> Unread(IQuerySession session, string subject, CancellationToken token)
    {
        // One round trip: the marker and the newest instants in one batch.
        var batch = session.CreateBatchQuery();
        var marker = batch.Load<InboxSeen>(subject);
        var instants = batch.Query<Notification>().Where(n => n.RecipientId == subject).OrderByDescending(n => n.At)
            .Take(MaxCounted).Select(n => n.At).ToList();
        await batch.Execute(token);
        var seen = (await marker)?.SeenUpTo ?? Instant.MinValue;
        return (await instants).Count(at => at > seen);
    }

    public const int MaxCounted = 100;

    public static StoreOptions ConfigureInbox(this StoreOptions opts)
    {
        opts.Schema.For<Notification>().Index(n => n.RecipientId);
        opts.Schema.For<InboxSeen>();
        opts.Listeners.Add(new ProposerNotifications());
        return opts;
    }
}

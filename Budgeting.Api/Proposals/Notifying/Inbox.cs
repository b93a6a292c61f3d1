using Marten;
using NodaTime;

namespace Budgeting.Api.Proposals.Notifying;

/// <summary>How far a citizen has read their inbox: notifications after <see cref="SeenUpTo"/> are unread.</summary>
public sealed record InboxSeen(string Id, Instant SeenUpTo);

public static class Inbox
{
    public static async Task<Instant> SeenUpTo(IQuerySession session, string subject, CancellationToken token) =>
        (await session.LoadAsync<InboxSeen>(subject, token))?.SeenUpTo ?? Instant.MinValue;

    /// <summary>
    /// Counted up to <see cref="MaxCounted"/> (shown as "99+"): the notifications after the marker. One statement, as every
    /// signed-in page's header asks it: the marker and the count together (two Marten queries cost PostgreSQL a plan each).
    /// </summary>
    public static async Task<int> Unread(IQuerySession session, string subject, CancellationToken token)
    {
        var schema = session.DocumentStore.Options.Schema;
        var counted = await session.AdvancedSql.QueryAsync<int>($"""
            select count(*)::int from (
              select 1 from {schema.For<Notification>()} d
              where d.data ->> 'recipientId' = ?
                and (d.data ->> 'at')::timestamptz > coalesce(
                  (select (s.data ->> 'seenUpTo')::timestamptz from {schema.For<InboxSeen>()} s where s.id = ?), '-infinity')
              limit {MaxCounted}) unread
            """, token, subject, subject);
        return counted[0];
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

using System.Runtime.CompilerServices;
using Marten;
using Microsoft.Extensions.Caching.Memory;

namespace Budgeting.Api.Audit.TimeTravel;

/// <summary>
/// Folded states of long streams at every hundredth version, kept in memory, so a past state folds at most 99 events
/// after the first request that passed that way. Safe to keep: events are never changed, so the state at a version
/// never changes either. Streams shorter than a hundred events are folded whole, as before. Bounded by a size budget
/// counted in events (a state at version 900 costs 900), evicted least recently used first.
/// </summary>
public static class Checkpoints
{
    public const int Every = 100;
    public const long Budget = 500_000;

    private static readonly ConditionalWeakTable<IDocumentStore, MemoryCache> Caches = new();

    public static async Task<T?> Fold<T>(IQuerySession session, Guid id, long version, CancellationToken token) where T : class
    {
        var cache = Caches.GetValue(session.DocumentStore, _ => new MemoryCache(new MemoryCacheOptions { SizeLimit = Budget }));
        var last = version / Every * Every;
        var from = last;
        T? state = null;
        while (from > 0 && !cache.TryGetValue((typeof(T), id, from), out state)) from -= Every;
        for (var next = from + Every; next <= last; next += Every)
        {
            state = await session.Events.AggregateStreamAsync(id, version: next, state: state, fromVersion: from + 1, token: token);
            if (state is null) return null;
            cache.Set((typeof(T), id, next), state, new MemoryCacheEntryOptions { Size = next });
            from = next;
        }
        return from == version ? state
            : await session.Events.AggregateStreamAsync(id, version: version, state: state, fromVersion: from + 1, token: token);
    }
}

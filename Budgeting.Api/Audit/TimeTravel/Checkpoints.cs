using System.Runtime.CompilerServices;
using System.Text;
using Budgeting.Api.ReadModels;
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
        var from = version / Every * Every;
        T? state = null;
        while (from > 0 && !cache.TryGetValue((typeof(T), id, from), out state)) from -= Every;
        if (from == version) return state;
        // The events after the nearest checkpoint in one read (a city cycle's first past state is thousands of scores
        // back), folded a hundred at a time so that every checkpoint passed on the way is kept. A checkpoint is never the
        // instance folded on: Marten's aggregator sets the version of the state it returns, which is the very state it
        // was given when no event changes it (an event the read model ignores), and a checkpoint must stay what it was.
        var serializer = session.DocumentStore.Options.Serializer();
        if (state is not null) state = Copy(serializer, state);
        var events = await session.Events.FetchStreamAsync(id, version: version, fromVersion: from + 1, token: token);
        var fold = ProjectionFold<T>.Registered(session.DocumentStore);
        foreach (var hundred in events.Chunk(Every))
        {
            state = await fold.Build(hundred, session, id, token, state);
            if (state is null) return null;
            if (hundred[^1].Version is var reached && reached % Every == 0)
                cache.Set((typeof(T), id, reached), Copy(serializer, state), new MemoryCacheEntryOptions { Size = reached });
        }
        return state;
    }

    private static T Copy<T>(ISerializer serializer, T state) =>
        serializer.FromJson<T>(new MemoryStream(Encoding.UTF8.GetBytes(serializer.ToJson(state))));
}

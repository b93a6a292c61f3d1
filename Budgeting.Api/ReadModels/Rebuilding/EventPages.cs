using System.Data;
using System.Runtime.CompilerServices;
using JasperFx.Events;
using Marten;
using Marten.Events;
using Npgsql;

namespace Budgeting.Api.ReadModels.Rebuilding;

/// <summary>A stream's id and the events read of it, in version order.</summary>
internal sealed record EventStream(Guid Id, IReadOnlyList<IEvent> Events);

/// <summary>
/// Every non-archived stream, a page of streams at a time in id order, with the events of every commit that holds an
/// event of the given types (a commit's events share their timestamp): what the inline projections were given. Rows
/// are materialized by Marten's own event storage, as its daemon does. The next page is read while the caller works
/// on the current one.
/// </summary>
internal sealed class EventPages(IDocumentStore store, Type[] eventTypes, int streamsPerPage)
{
    private readonly EventDocumentStorage storage = (EventDocumentStorage)store.Storage.Database.Providers.StorageFor<IEvent>().QueryOnly;
    private readonly string schema = store.Options.Events.DatabaseSchemaName;

    public async IAsyncEnumerable<IReadOnlyList<EventStream>> Read([EnumeratorCancellation] CancellationToken token)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(token);
        await using var snapshot = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, token);
        // A page's query is cheap and sorts a few megabytes: no JIT compilation, sorts in memory.
        await using (var settings = new NpgsqlCommand("set local jit = off; set local work_mem = '64MB'", connection))
            await settings.ExecuteNonQueryAsync(token);
        var next = Page(connection, Guid.Empty, token);
        while (await next is { Count: > 0 } page)
        {
            next = Page(connection, page[^1].Id, token);
            yield return page;
        }
    }

    private async Task<IReadOnlyList<EventStream>> Page(NpgsqlConnection connection, Guid after, CancellationToken token)
    {
        var ids = await StreamIds(connection, after, token);
        if (ids.Length == 0) return [];
        await using var command = new NpgsqlCommand(EventsSql(), connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("ids", ids);
        if (eventTypes.Length > 0)
            command.Parameters.AddWithValue("types", eventTypes.Select(t => storage.Events.EventMappingFor(t).EventTypeName).ToArray());
        var events = new List<IEvent>();
        await using (var reader = await command.ExecuteReaderAsync(token))
            while (await reader.ReadAsync(token)) events.Add(storage.Resolve(reader)); // the row is buffered: no I/O left
        return ByStream(ids, events.ToArray());
    }

    private string EventsSql()
    {
        var read = eventTypes.Length == 0 ? "true" : "bool_or(d.type = any(@types)) over (partition by d.stream_id, d.timestamp)";
        return $"select {string.Join(", ", storage.SelectFields().Select(f => "d." + f))} from (select d.*, {read} as read " +
               $"from {schema}.mt_events d where d.stream_id = any(@ids) and not d.is_archived) d where d.read order by d.stream_id, d.version";
    }

    private async Task<Guid[]> StreamIds(NpgsqlConnection connection, Guid after, CancellationToken token)
    {
        await using var command = new NpgsqlCommand(
            $"select id from {schema}.mt_streams where id > @after and not is_archived order by id limit @limit", connection);
        command.Parameters.AddWithValue("after", after);
        command.Parameters.AddWithValue("limit", streamsPerPage);
        var ids = new List<Guid>(streamsPerPage);
        await using var reader = await command.ExecuteReaderAsync(token);
        while (await reader.ReadAsync(token)) ids.Add(reader.GetGuid(0));
        return [.. ids];
    }

    /// <summary>Cuts the page's events into streams; the ids and the events come in the same (PostgreSQL's) uuid order.</summary>
    private static List<EventStream> ByStream(Guid[] ids, IEvent[] events)
    {
        var streams = new List<EventStream>(ids.Length);
        var start = 0;
        foreach (var id in ids)
        {
            var end = start;
            while (end < events.Length && events[end].StreamId == id) end++;
            streams.Add(new EventStream(id, new ArraySegment<IEvent>(events, start, end - start)));
            start = end;
        }
        return streams;
    }
}

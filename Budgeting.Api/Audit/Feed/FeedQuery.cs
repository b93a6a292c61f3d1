using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Budgeting.Api.Audit.Feed;

/// <summary>One event of the feed, with its link in the hash chain (the previous hash of its stream and its own; null if missing).</summary>
public sealed record FeedItem(long Sequence, Guid StreamId, long Version, string Type, string Timestamp, JsonElement Data,
    string? PrevHash, string? Hash);

public sealed record FeedPage(int Page, int PageSize, long Total, IReadOnlyList<FeedItem> Items);

/// <summary>The audit feed over mt_events, oldest first. Actor and role are read from the event's "by".</summary>
public static class FeedQuery
{
    public static async Task<FeedPage> Run(NpgsqlConnection connection, string schema, FeedFilter filter, CancellationToken token)
    {
        const string where = """
            where (@from::timestamptz is null or e.timestamp >= @from)
              and (@to::timestamptz is null or e.timestamp < @to)
              and (@stream::uuid is null or e.stream_id = @stream)
              and (@type::text is null or e.type = @type)
              and (@actor::text is null or e.data -> 'by' ->> 'id' = @actor)
              and (@role::text is null or e.data -> 'by' ->> 'role' = @role)
            """;
        var sql = $"""
            select count(*) from {schema}.mt_events e {where};
            select e.seq_id, e.stream_id, e.version, e.type,
                   to_char(e.timestamp at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), e.data::text,
                   encode(h.prev_hash, 'hex'), encode(h.hash, 'hex')
            from {schema}.mt_events e left join {schema}.audit_event_hashes h on h.seq_id = e.seq_id {where}
            order by e.seq_id limit @limit offset @offset
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.TimestampTz) { Value = (object?)filter.From?.ToDateTimeUtc() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.TimestampTz) { Value = (object?)filter.To?.ToDateTimeUtc() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("stream", NpgsqlDbType.Uuid) { Value = (object?)filter.StreamId ?? DBNull.Value });
        command.Parameters.Add(Text("type", filter.Type));
        command.Parameters.Add(Text("actor", filter.ActorId));
        command.Parameters.Add(Text("role", filter.Role));
        command.Parameters.AddWithValue("limit", filter.PageSize);
        command.Parameters.AddWithValue("offset", (long)(filter.Page - 1) * filter.PageSize);
        await using var reader = await command.ExecuteReaderAsync(token);
        await reader.ReadAsync(token);
        var total = reader.GetInt64(0);
        await reader.NextResultAsync(token);
        var items = new List<FeedItem>();
        while (await reader.ReadAsync(token))
            items.Add(new FeedItem(reader.GetInt64(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetString(3),
                reader.GetString(4), JsonDocument.Parse(reader.GetString(5)).RootElement.Clone(),
                reader.IsDBNull(6) ? null : reader.GetString(6), reader.IsDBNull(7) ? null : reader.GetString(7)));
        return new FeedPage(filter.Page, filter.PageSize, total, items);
    }

    private static NpgsqlParameter Text(string name, string? value) =>
        new(name, NpgsqlDbType.Text) { Value = (object?)value ?? DBNull.Value };
}

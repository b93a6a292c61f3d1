using System.Runtime.CompilerServices;
using Budgeting.Api.Audit.Verifying;
using Npgsql;

namespace Budgeting.Api.Audit.Chain;

/// <summary>Reads events and their links side by side, in global sequence order, exactly as stored.</summary>
public static class StoredChain
{
    public static async IAsyncEnumerable<ChainEntry> Read(
        NpgsqlConnection connection, string schema, [EnumeratorCancellation] CancellationToken token)
    {
        var sql = $"""
            select coalesce(e.seq_id, h.seq_id), e.seq_id, e.stream_id::text, e.version,
                   case when e.seq_id is not null then {schema}.audit_canonical(e) end,
                   h.stream_id, h.version, encode(h.prev_hash, 'hex'), encode(h.hash, 'hex')
            from {schema}.mt_events e full outer join {schema}.audit_event_hashes h on h.seq_id = e.seq_id
            order by 1
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync(token);
        while (await reader.ReadAsync(token))
        {
            var row = reader.IsDBNull(1) ? null
                : new StoredEvent(reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4));
            var link = reader.IsDBNull(5) ? null
                : new StoredLink(reader.GetInt64(0), reader.GetString(5), reader.GetInt64(6), reader.GetString(7), reader.GetString(8));
            yield return new ChainEntry(reader.GetInt64(0), row, link);
        }
    }
}

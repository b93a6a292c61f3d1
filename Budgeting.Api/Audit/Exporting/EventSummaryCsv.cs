using System.Runtime.CompilerServices;
using CsvHelper;
using Npgsql;

namespace Budgeting.Api.Audit.Exporting;

[CsvRecord]
public sealed partial record EventSummary(long Sequence, Guid StreamId, long Version, string Type, string Timestamp,
    string? ActorId, string? ActorRole, string? Hash);

/// <summary>events.csv: every event in sequence order with its actor and chain hash.</summary>
public sealed class EventSummaryCsv : CsvExport<EventSummary>
{
    public override string Name => "events.csv";

    protected override async IAsyncEnumerable<EventSummary> Rows(ExportSource source, [EnumeratorCancellation] CancellationToken token)
    {
        var sql = $"""
            select e.seq_id, e.stream_id, e.version, e.type,
                   to_char(e.timestamp at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                   e.data -> 'by' ->> 'id', e.data -> 'by' ->> 'role', encode(h.hash, 'hex')
            from {source.Schema}.mt_events e left join {source.Schema}.audit_event_hashes h on h.seq_id = e.seq_id
            order by e.seq_id
            """;
        await using var command = new NpgsqlCommand(sql, source.Connection);
        await using var reader = await command.ExecuteReaderAsync(token);
        while (await reader.ReadAsync(token))
            yield return new EventSummary(reader.GetInt64(0), reader.GetGuid(1), reader.GetInt64(2), reader.GetString(3),
                reader.GetString(4), Nullable(reader, 5), Nullable(reader, 6), Nullable(reader, 7));
    }

    private static string? Nullable(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

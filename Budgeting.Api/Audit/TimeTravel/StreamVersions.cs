using Marten;

namespace Budgeting.Api.Audit.TimeTravel;

/// <summary>The version a past point names (0: before the stream began), and the stream's latest (0: no such stream).</summary>
public sealed record StreamPoint(long Version, long Latest)
{
    public static readonly StreamPoint Missing = new(0, 0);
}

/// <summary>
/// Which version of each stream was current at an instant: the longest run of versions from 1 whose events were all
/// recorded at or before it. One query for any number of streams.
/// </summary>
public static class StreamVersions
{
    public static async Task<StreamPoint> At(IQuerySession session, Guid id, AsOf asOf, CancellationToken token) =>
        (await At(session, [id], asOf, token)).GetValueOrDefault(id, StreamPoint.Missing);

    public static async Task<IReadOnlyDictionary<Guid, StreamPoint>> At(
        IQuerySession session, IReadOnlyCollection<Guid> ids, AsOf asOf, CancellationToken token)
    {
        if (ids.Count == 0) return new Dictionary<Guid, StreamPoint>();
        var schema = session.DocumentStore.Options.Events.DatabaseSchemaName;
        var rows = await session.AdvancedSql.QueryAsync<Row>($"""
            select json_build_object('streamId', stream_id, 'latest', max(version),
                'atInstant', coalesce(min(version) filter (where timestamp > ?::timestamptz) - 1, max(version)))
            from {schema}.mt_events where stream_id = any(?) group by stream_id
            """, token, (object?)asOf.At?.ToDateTimeOffset() ?? DBNull.Value, ids.ToArray());
        return rows.ToDictionary(r => r.StreamId, r => new StreamPoint(asOf.Version ?? r.AtInstant, r.Latest));
    }

    public sealed record Row(Guid StreamId, long Latest, long AtInstant);
}

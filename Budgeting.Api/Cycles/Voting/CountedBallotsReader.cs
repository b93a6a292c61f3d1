using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Voting;
using Budgeting.Projections.Voting;
using Marten;
using Npgsql;

namespace Budgeting.Api.Cycles.Voting;

/// <summary>The last ballot of every ballot stream of a cycle, from the inline ballot read model.</summary>
public static class CountedBallotsReader
{
    /// <summary>Every ballot held in memory at once: for small cycles and tests; the close and the export stream instead.</summary>
    public static async Task<IReadOnlyList<CountedBallot>> OfCycle(IQuerySession session, Guid cycleId, CancellationToken token) =>
        (await session.Query<BallotView>().Where(b => b.CycleId == cycleId).ToListAsync(token))
        .Select(b => new CountedBallot(b.Id, [.. b.Selections], b.FirstSequence, b.LastSequence))
        .ToList();

    /// <summary>
    /// The cycle's ballots merged into identical profiles as they are read, in ballot-id order, with their count, digest
    /// and sequence range: one row at a time from PostgreSQL, never the ballots together.
    /// </summary>
    public static async Task<BallotProfiles> ProfilesOf(IQuerySession session, Guid cycleId, CancellationToken token)
    {
        var builder = new BallotProfiles.Builder();
        await foreach (var ballot in Stream(session, cycleId, token)) builder.Add(ballot);
        return builder.Build();
    }

    /// <summary>
    /// The cycle's ballots one by one in ballot-id order (PostgreSQL's uuid order is the ordinal order of the lower-case
    /// "D" text, the canonical text's order), selections in ballot order, on a connection of their own.
    /// </summary>
    public static async IAsyncEnumerable<CountedBallot> Stream(IQuerySession session, Guid cycleId,
        [EnumeratorCancellation] CancellationToken token)
    {
        await using var connection = session.Database.CreateConnection();
        await connection.OpenAsync(token);
        await foreach (var ballot in Stream(connection, session.DocumentStore.Options.DatabaseSchemaName, cycleId, token)) yield return ballot;
    }

    /// <summary>The number of the cycle's ballots, on the given connection (in the stream's transaction, for the same count).</summary>
    public static async Task<int> Count(NpgsqlConnection connection, string schema, Guid cycleId, CancellationToken token)
    {
        await using var command = new NpgsqlCommand(
            $"select count(*) from {schema}.mt_doc_ballotview d where CAST(d.data ->> 'cycleId' as uuid) = $1", connection)
        { Parameters = { new NpgsqlParameter { Value = cycleId } } };
        return (int)(long)(await command.ExecuteScalarAsync(token))!;
    }

    /// <summary>The stream on an open connection of the caller's (which may hold a transaction).</summary>
    public static async IAsyncEnumerable<CountedBallot> Stream(NpgsqlConnection connection, string schema, Guid cycleId,
        [EnumeratorCancellation] CancellationToken token)
    {
        await using var command = new NpgsqlCommand($"""
            select d.id, d.data->'selections', coalesce((d.data->>'firstSequence')::bigint, 0), coalesce((d.data->>'lastSequence')::bigint, 0)
              from {schema}.mt_doc_ballotview d
             where CAST(d.data ->> 'cycleId' as uuid) = $1
             order by d.id
            """, connection) { Parameters = { new NpgsqlParameter { Value = cycleId } } };
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, token);
        while (await reader.ReadAsync(token))
            yield return new CountedBallot(reader.GetGuid(0), SelectionsOf(reader.GetFieldValue<byte[]>(1)), reader.GetInt64(2), reader.GetInt64(3));
    }

    /// <summary>
    /// The ballot read model's selections as stored (<c>[{"points": 1, "proposalId": "…"}, …]</c>), in ballot order;
    /// points absent count 1. Parsed here rather than unnested by PostgreSQL, which doubled the query's time.
    /// </summary>
    public static ImmutableList<Selection> SelectionsOf(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        var selections = ImmutableList.CreateBuilder<Selection>();
        Guid proposal = default;
        var points = 1;
        while (reader.Read())
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    (proposal, points) = (default, 1);
                    break;
                case JsonTokenType.PropertyName when reader.ValueTextEquals("proposalId"u8):
                    reader.Read();
                    proposal = reader.GetGuid();
                    break;
                case JsonTokenType.PropertyName when reader.ValueTextEquals("points"u8):
                    reader.Read();
                    points = reader.GetInt32();
                    break;
                case JsonTokenType.EndObject:
                    selections.Add(new Selection(proposal, points));
                    break;
            }
        return selections.ToImmutable();
    }
}

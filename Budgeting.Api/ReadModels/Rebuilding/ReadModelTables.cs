using Npgsql;

namespace Budgeting.Api.ReadModels.Rebuilding;

/// <summary>The read models' tables inside the rebuild's transaction.</summary>
internal sealed class ReadModelTables(NpgsqlConnection connection, IReadOnlyDictionary<string, IReadOnlyList<string>> duplicated)
{
    /// <summary>The columns the rebuild writes, as Marten lays out a plain document table.</summary>
    private static readonly string[] MartenColumns = ["data", "id", "mt_dotnet_type", "mt_last_modified", "mt_version"];

    private readonly string[] tables = [.. duplicated.Keys];

    /// <summary>Tenancy or soft deletes would add columns the rebuild does not write: it refuses them. Duplicated fields it writes.</summary>
    public async Task AssertPlain(CancellationToken token)
    {
        await using var command = Command(
            "select t, array_agg(attname::text order by attname) from unnest(@tables) t join pg_attribute on attrelid = t::regclass " +
            "where attnum > 0 and not attisdropped group by t");
        await using var reader = await command.ExecuteReaderAsync(token);
        while (await reader.ReadAsync(token))
            if (reader.GetFieldValue<string[]>(1) is var columns
                && Expected(reader.GetString(0)) is var expected && !columns.SequenceEqual(expected))
                throw new NotSupportedException($"read-models rebuild writes the columns {string.Join(", ", expected)}; " +
                                                $"{reader.GetString(0)} has {string.Join(", ", columns)}");
    }

    /// <summary>The table as the query names it is the name passed in (<c>unnest(@tables)</c>), so it is the key.</summary>
    private string[] Expected(string table) => [.. MartenColumns.Concat(duplicated[table]).Order(StringComparer.Ordinal)];

    public Task Truncate(CancellationToken token) => Execute($"truncate table {string.Join(", ", tables)}", token);

    /// <summary>
    /// Drops the indexes that back no constraint (the primary keys stay) and returns their definitions: building each
    /// once after the load costs less than keeping it up to date row by row, the trigram GIN index above all.
    /// </summary>
    public async Task<IReadOnlyList<string>> DropSecondaryIndexes(CancellationToken token)
    {
        var indexes = new Dictionary<string, string>();
        await using (var command = Command(
                         "select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from unnest(@tables) t " +
                         "join pg_index i on i.indrelid = t::regclass where not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)"))
        await using (var reader = await command.ExecuteReaderAsync(token))
            while (await reader.ReadAsync(token)) indexes[reader.GetString(0)] = reader.GetString(1);
        foreach (var index in indexes.Keys) await Execute($"drop index {index}", token);
        return [.. indexes.Values];
    }

    public async Task Create(IReadOnlyList<string> indexes, CancellationToken token)
    {
        await Execute("set local maintenance_work_mem = '256MB'", token);
        foreach (var index in indexes) await Execute(index, token);
    }

    /// <summary>
    /// Fresh statistics for the planner: truncated and copied tables have none until autovacuum comes by, and the
    /// list's queries pick their indexes by them (without, the first minutes after a rebuild ran on guesses).
    /// </summary>
    public Task Analyze(CancellationToken token) => Execute($"analyze {string.Join(", ", tables)}", token);

    /// <summary>Inline projections keep no progress rows; an interrupted daemon rebuild may have left some.</summary>
    public async Task DeleteProgress(string schema, string[] shards, CancellationToken token)
    {
        await using var command = new NpgsqlCommand($"delete from {schema}.mt_event_progression where name = any(@shards)", connection);
        command.Parameters.AddWithValue("shards", shards);
        await command.ExecuteNonQueryAsync(token);
    }

    private NpgsqlCommand Command(string sql)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tables", tables);
        return command;
    }

    private async Task Execute(string sql, CancellationToken token)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(token);
    }
}

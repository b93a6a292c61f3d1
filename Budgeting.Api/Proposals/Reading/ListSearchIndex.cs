using Budgeting.Projections.Proposals;
using Marten;
using Budgeting.Api.Infrastructure;
using Npgsql;

namespace Budgeting.Api.Proposals.Reading;

/// <summary>
/// A pg_trgm GIN index for the list's free-text filter (<c>q</c>, a <c>LIKE '%…%'</c> on the list item's searchText),
/// created once Marten has applied its schema. pg_trgm ships in PostgreSQL's contrib; creating the extension needs a
/// superuser (or a database owner on PostgreSQL 13+). Without it the list still works, by scanning. Marten is told to
/// leave the index alone (<see cref="ProposalReadModels"/>).
/// </summary>
internal sealed class ListSearchIndex(IDocumentStore store, ILogger<ListSearchIndex> logger) : ISchemaStep
{
    public string Name => "list-indexes";

    public async Task Apply(CancellationToken token)
    {
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(ProposalListItem), token);
        var table = $"{store.Options.DatabaseSchemaName}.mt_doc_proposallistitem";
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(token);
        // The list's default order as Marten writes it (jsonb `data -> 'suggestedAt'` desc, then id), after the
        // cycle (and status) columns: a page walks the index and stops at its LIMIT instead of sorting the cycle.
        foreach (var former in ProposalReadModels.FormerIndexNames)
            await Try(connection, $"drop index if exists {store.Options.DatabaseSchemaName}.{former}", token);
        await Try(connection, $"create index if not exists {ProposalReadModels.CycleOrderIndexName} on {table} " +
                              "(cycle_id, (data -> 'suggestedAt') desc, id)", token);
        await Try(connection, $"create index if not exists {ProposalReadModels.CycleStatusOrderIndexName} on {table} " +
                              "(cycle_id, status, (data -> 'suggestedAt') desc, id)", token);
        // Rows written before the pairs column existed got an empty array from Marten's migration: fill them in, as
        // ProposalListItem.Pairs does (every two-character piece of the search text), once.
        await Try(connection, $"update {table} set search_pairs = array(select distinct substr(t, i, 2) " +
                              "from (select data ->> 'searchText' as t) as s, generate_series(1, length(t) - 1) as i) " +
                              "where search_pairs = '{}' and length(data ->> 'searchText') >= 2", token);
        if (!await Try(connection, "create extension if not exists pg_trgm", token)) return;
        await Try(connection, $"create index if not exists {ProposalReadModels.SearchIndexName} on {table} " +
                              "using gin ((data ->> 'searchText') gin_trgm_ops)", token);
    }

    private async Task<bool> Try(NpgsqlConnection connection, string sql, CancellationToken token)
    {
        try
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync(token);
            return true;
        }
        catch (PostgresException e) when (e.SqlState is "23505" or "42P07")
        {
            return true; // another host created it at the same moment
        }
        catch (PostgresException e)
        {
            logger.LogWarning("The proposal list's text search runs without its trigram index: {Sql} failed: {Message}", sql, e.MessageText);
            return false;
        }
    }
}

using Budgeting.Projections.Proposals;
using Marten;
using Budgeting.Api.Infrastructure;
using Npgsql;

namespace Budgeting.Api.Proposals.Reading;

/// <summary>
/// The list's order indexes, created once Marten has applied its schema (Marten's LINQ order on the JSON's
/// <c>suggestedAt</c> is not an index Marten can declare; it is told to leave these alone in <see cref="ProposalReadModels"/>),
/// and the list's former table dropped.
/// </summary>
internal sealed class ListOrderIndexes(IDocumentStore store, ILogger<ListOrderIndexes> logger) : ISchemaStep
{
    public string Name => "list-indexes";

    public async Task Apply(CancellationToken token)
    {
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(ProposalDetails), token);
        var table = $"{store.Options.DatabaseSchemaName}.mt_doc_proposaldetails";
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(token);
        // The list read a table of its own before it read the details' documents; the rows were derived, the table and
        // its Marten functions go (its indexes held the names these now have on the details).
        await Try(connection, $"drop table if exists {store.Options.DatabaseSchemaName}.mt_doc_{ProposalReadModels.FormerListDocument}", token);
        await Try(connection, $"""
            do $$ declare f regprocedure; begin
              for f in select p.oid::regprocedure from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                        where n.nspname = '{store.Options.DatabaseSchemaName}' and p.proname like 'mt\_%\_{ProposalReadModels.FormerListDocument}'
              loop execute 'drop function ' || f; end loop;
            end $$
            """, token);
        // The list's default order as Marten writes it (jsonb `data -> 'suggestedAt'` desc, then id), after the
        // cycle (and status) columns: a page walks the index and stops at its LIMIT instead of sorting the cycle.
        await Try(connection, $"create index if not exists {ProposalReadModels.CycleOrderIndexName} on {table} " +
                              "(cycle_id, (data -> 'suggestedAt') desc, id)", token);
        await Try(connection, $"create index if not exists {ProposalReadModels.CycleStatusOrderIndexName} on {table} " +
                              "(cycle_id, status, (data -> 'suggestedAt') desc, id)", token);
    }

    private async Task Try(NpgsqlConnection connection, string sql, CancellationToken token)
    {
        try
        {
            await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync(token);
        }
        catch (PostgresException e) when (e.SqlState is "23505" or "42P07")
        {
            // another host created it at the same moment
        }
        catch (PostgresException e)
        {
            logger.LogWarning("The proposal list's schema step left this undone: {Sql} failed: {Message}", sql, e.MessageText);
        }
    }
}

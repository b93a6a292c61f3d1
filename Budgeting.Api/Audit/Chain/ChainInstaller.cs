using Marten;
using Npgsql;

namespace Budgeting.Api.Audit.Chain;

/// <summary>
/// Installs the chain's table, functions and triggers once Marten has applied its schema (hosted services
/// start in registration order, after Marten's). Idempotent; a history that predates the chain is linked
/// once, when the table is first created.
/// </summary>
internal sealed class ChainInstaller(IDocumentStore store, AuditDatabase database) : IHostedService
{
    public async Task StartAsync(CancellationToken token)
    {
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(JasperFx.Events.IEvent), token);
        await using var connection = await database.Open(token);
        await using var transaction = await connection.BeginTransactionAsync(token);
        await using var command = new NpgsqlCommand(ChainSql.Install(database.Schema), connection, transaction);
        await command.ExecuteNonQueryAsync(token);
        await transaction.CommitAsync(token);
    }

    public Task StopAsync(CancellationToken token) => Task.CompletedTask;
}

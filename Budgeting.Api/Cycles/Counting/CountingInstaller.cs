using Budgeting.Api.Audit.Chain;
using Marten;
using Npgsql;

namespace Budgeting.Api.Cycles.Counting;

/// <summary>Installs the counting tables, functions and triggers after Marten's schema (see <see cref="CountingSql"/>).</summary>
internal sealed class CountingInstaller(IDocumentStore store, AuditDatabase database) : IHostedService
{
    public async Task StartAsync(CancellationToken token)
    {
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(JasperFx.Events.IEvent), token);
        await using var connection = await database.Open(token);
        await using var transaction = await connection.BeginTransactionAsync(token);
        await using var command = new NpgsqlCommand(CountingSql.Install(database.Schema), connection, transaction);
        await command.ExecuteNonQueryAsync(token);
        await transaction.CommitAsync(token);
    }

    public Task StopAsync(CancellationToken token) => Task.CompletedTask;
}

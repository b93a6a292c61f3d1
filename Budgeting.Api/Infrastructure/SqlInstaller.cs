using Budgeting.Api.Audit.Chain;
using Marten;
using Npgsql;

namespace Budgeting.Api.Infrastructure;

/// <summary>
/// Installs SQL of the engine's own (tables, functions, triggers on Marten's event table) once Marten has applied its
/// schema: hosted services start in registration order, after Marten's. One transaction; the scripts are idempotent.
/// Registered once per script: the audit chain (<see cref="ChainSql"/>) and the ballot counts
/// (<see cref="Cycles.Counting.CountingSql"/>).
/// </summary>
public sealed class SqlInstaller(IDocumentStore store, AuditDatabase database, string name, Func<string, string> install) : IHostedService
{
    public string Name => name;

    public async Task StartAsync(CancellationToken token)
    {
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(JasperFx.Events.IEvent), token);
        await using var connection = await database.Open(token);
        await using var transaction = await connection.BeginTransactionAsync(token);
        await using var command = new NpgsqlCommand(install(database.Schema), connection, transaction);
        await command.ExecuteNonQueryAsync(token);
        await transaction.CommitAsync(token);
    }

    public Task StopAsync(CancellationToken token) => Task.CompletedTask;

    /// <summary>Adds one installer; plain AddSingleton, since AddHostedService would keep only the first of one type.</summary>
    public static void Register(IServiceCollection services, string name, Func<string, string> install) =>
        services.AddSingleton<IHostedService>(provider => new SqlInstaller(
            provider.GetRequiredService<IDocumentStore>(), provider.GetRequiredService<AuditDatabase>(), name, install));
}

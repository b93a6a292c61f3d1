using Budgeting.Api.Audit.Chain;
using Marten;
using Npgsql;

namespace Budgeting.Api.Infrastructure;

/// <summary>
/// Installs SQL of the engine's own (tables, functions, triggers on Marten's event table) once Marten has applied its
/// schema. One transaction; the scripts are idempotent. One per script: the audit chain (<see cref="ChainSql"/>) and
/// the ballot counts (<see cref="Cycles.Counting.CountingSql"/>); applied by <see cref="SchemaStepsOnStart"/> or by
/// the <c>schema apply</c> command.
/// </summary>
public sealed class SqlInstaller(IDocumentStore store, AuditDatabase database, string name, Func<string, string> install) : ISchemaStep
{
    public string Name => name;

    public async Task Apply(CancellationToken token)
    {
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(JasperFx.Events.IEvent), token);
        await using var connection = await database.Open(token);
        await using var transaction = await connection.BeginTransactionAsync(token);
        await using var command = new NpgsqlCommand(install(database.Schema), connection, transaction);
        await command.ExecuteNonQueryAsync(token);
        await transaction.CommitAsync(token);
    }

    public static void Register(IServiceCollection services, string name, Func<string, string> install) =>
        services.AddSingleton<ISchemaStep>(provider => new SqlInstaller(
            provider.GetRequiredService<IDocumentStore>(), provider.GetRequiredService<AuditDatabase>(), name, install));
}

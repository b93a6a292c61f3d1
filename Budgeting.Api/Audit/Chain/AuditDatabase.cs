using Marten;
using Npgsql;

namespace Budgeting.Api.Audit.Chain;

/// <summary>Raw access to the event table and its chain, in the schema Marten's events live in.</summary>
public sealed class AuditDatabase(IDocumentStore store)
{
    public string Schema { get; } = ChainSql.Checked(store.Options.Events.DatabaseSchemaName);

    public async Task<NpgsqlConnection> Open(CancellationToken token)
    {
        var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(token);
        return connection;
    }

    public async Task<bool> ChainInstalled(NpgsqlConnection connection, CancellationToken token)
    {
        await using var command = new NpgsqlCommand("select to_regclass(@t) is not null", connection);
        command.Parameters.AddWithValue("t", $"{Schema}.audit_event_hashes");
        return (bool)(await command.ExecuteScalarAsync(token))!;
    }
}

using Budgeting.Api.Audit.Chain;
using Budgeting.Api.Audit.Verifying;
using Budgeting.Api.Infrastructure;
using JasperFx;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.Configuration;
using NodaTime;
using Npgsql;

namespace Budgeting.Tests.Audit;

/// <summary>The chain does not depend on how Marten writes rows: Quick mode appends through a database function.</summary>
public class AppendModeTests
{
    private const string Schema = "audit_quick_mode";

    [Fact]
    public async Task events_appended_in_quick_mode_are_chained()
    {
        var settings = EngineSettings.From(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        await Run(settings.ConnectionString, $"drop schema if exists {Schema} cascade");
        using var store = DocumentStore.For(opts =>
        {
            opts.Connection(settings.ConnectionString);
            opts.DatabaseSchemaName = Schema;
            opts.UseSystemTextJsonForSerialization(configure: Json.Configure);
            opts.Events.AppendMode = EventAppendMode.Quick;
            opts.AutoCreateSchemaObjects = AutoCreate.All;
        });
        await store.Storage.Database.EnsureStorageExistsAsync(typeof(IEvent));
        await Run(settings.ConnectionString, ChainSql.Install(Schema));

        var at = Instant.FromUtc(2026, 3, 2, 0, 30);
        var streams = new[] { Guid.CreateVersion7(), Guid.CreateVersion7() };
        for (var round = 1; round <= 3; round++)
        foreach (var stream in streams)
        {
            await using var session = store.LightweightSession();
            session.Events.Append(stream, new NoteRecorded($"round {round}", new("officer-7", "officer"), at),
                new NoteRecorded($"round {round}, second", new("officer-7", "officer"), at));
            await session.SaveChangesAsync();
        }

        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        var verdict = await ChainVerifier.Verify(StoredChain.Read(connection, Schema, CancellationToken.None));
        Assert.True(verdict.Intact, verdict.Describe());
        Assert.Equal(12, verdict.EventsChecked);
    }

    private static async Task Run(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

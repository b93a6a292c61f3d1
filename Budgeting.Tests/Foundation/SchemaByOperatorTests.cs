using Alba;
using Budgeting.Api.Audit.Verifying;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NodaTime.Testing;

namespace Budgeting.Tests.Foundation;

/// <summary>
/// A city whose DBA applies the schema: a node started with BUDGETING_APPLY_SCHEMA=off creates nothing and refuses to
/// start on a bare database; the engine's `schema apply` command creates everything a command needs, the audit chain
/// and the counts included, and can run again.
/// </summary>
[Collection(ApiCollection.Name)]
public class SchemaByOperatorTests
{
    private const string Schema = "schema_by_operator";
    private static readonly Dictionary<string, string> Off = new() { ["BUDGETING_APPLY_SCHEMA"] = "off" };

    [Fact]
    public async Task a_node_that_may_not_apply_the_schema_creates_nothing_and_the_schema_command_gives_it_all_it_needs()
    {
        var connectionString = EngineSettings.From(new ConfigurationBuilder().AddEnvironmentVariables().Build()).ConnectionString;
        await Scalar(connectionString, $"drop schema if exists {Schema} cascade");

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => AppFixture.StartHost(new FakeClock(AppFixture.Start), Schema, settings: Off));
        Assert.Contains("message storage", refused.ToString());
        Assert.Equal(0L, await Scalar(connectionString, $"select count(*) from information_schema.tables where table_schema = '{Schema}'"));

        Assert.Equal("schema applied: wolverine, marten, chain, counting, list-indexes", SchemaApply());
        Assert.Equal("schema applied: wolverine, marten, chain, counting, list-indexes", SchemaApply());

        await using var node = await AppFixture.StartHost(new FakeClock(AppFixture.Start), Schema, settings: Off);
        await node.Scenario(s =>
        {
            s.Post.Json(new { name = "Applied by the DBA", scope = "city", fiscalYear = 2027, envelope = 1_000_000 }, JsonStyle.MinimalApi)
                .ToUrl("/api/cycles");
            s.WithRequestHeader("Authorization", "Bearer " + AppFixture.Token(Role.Admin));
            s.StatusCodeShouldBe(201);
        });
        Assert.Equal(1L, await Scalar(connectionString, $"select count(*) from {Schema}.audit_event_hashes"));
        Assert.Equal(64L, await Scalar(connectionString, $"select count(*) from {Schema}.list_generations"));
        var verdict = await node.Services.GetRequiredService<DatabaseVerification>().Run(CancellationToken.None);
        Assert.True(verdict.Intact, verdict.Describe());
    }

    /// <summary>The engine's own command, as an operator runs it: its last line of output.</summary>
    private static string SchemaApply() =>
        EngineCommand.Run(["schema", "apply"], environment: new Dictionary<string, string> { ["BUDGETING_SCHEMA"] = Schema, ["BUDGETING_SEED"] = "off" })
            .Trim().Split('\n')[^1].Trim();

    private static async Task<long> Scalar(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? 0L);
    }
}

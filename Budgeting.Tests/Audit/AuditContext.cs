using System.Text.Json;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;

namespace Budgeting.Tests.Audit;

public sealed record NoteRecorded(string Text, Actor By, Instant At);

/// <summary>
/// A small history of three streams (3, 2 and 3 events, interleaved) and the means to tamper with it
/// the way a superuser would: raw SQL with triggers disabled.
/// </summary>
public abstract class AuditContext(AppFixture app) : ApiContext(app)
{
    protected static readonly Actor Officer = new("officer-7", Role.Officer);
    protected static readonly Actor Citizen = new("citizen-3", Role.Citizen);

    protected Guid[] Streams { get; } = [Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7()];

    protected async Task SeedHistory()
    {
        await Append(Streams[0], new NoteRecorded("a1", Officer, AppFixture.Start));
        await Append(Streams[1], new NoteRecorded("b1", Citizen, AppFixture.Start));
        await Append(Streams[0], new NoteRecorded("a2", Officer, AppFixture.Start));
        await Append(Streams[2], new NoteRecorded("c1", Officer, AppFixture.Start));
        await Append(Streams[1], new NoteRecorded("b2 서울", Citizen, AppFixture.Start));
        await Append(Streams[2], new NoteRecorded("c2", Citizen, AppFixture.Start));
        await Append(Streams[0], new NoteRecorded("a3", Officer, AppFixture.Start));
        await Append(Streams[2], new NoteRecorded("c3", Officer, AppFixture.Start));
    }

    protected async Task Append(Guid stream, object @event)
    {
        await using var session = App.Store.LightweightSession();
        session.Events.Append(stream, @event);
        await session.SaveChangesAsync();
    }

    /// <summary>Runs SQL on an unpooled connection that may not reset data, optionally as a superuser with triggers off.</summary>
    protected async Task Sql(string sql, bool triggersOff = true)
    {
        await using var connection = new NpgsqlConnection(PlainConnectionString());
        await connection.OpenAsync();
        var prefix = triggersOff ? "set session_replication_role = replica; " : "";
        await using var command = new NpgsqlCommand(prefix + sql.Replace("{s}", Schema), connection);
        await command.ExecuteNonQueryAsync();
    }

    protected async Task<long> SequenceOf(Guid stream, long version)
    {
        await using var connection = new NpgsqlConnection(PlainConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"select seq_id from {Schema}.mt_events where stream_id = @s and version = @v", connection);
        command.Parameters.AddWithValue("s", stream);
        command.Parameters.AddWithValue("v", version);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    protected async Task<JsonElement> Verify(string role = Role.Auditor)
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/verify");
            s.WithRequestHeader("Authorization", Bearer(role));
            s.StatusCodeShouldBe(200);
        });
        return Body(result);
    }

    protected async Task<byte[]> Export()
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/export");
            s.WithRequestHeader("Authorization", Bearer(Role.Auditor));
            s.StatusCodeShouldBe(200);
        });
        Assert.Equal("application/zip", result.Context.Response.ContentType);
        using var body = new MemoryStream();
        if (result.Context.Response.Body.CanSeek) result.Context.Response.Body.Position = 0;
        await result.Context.Response.Body.CopyToAsync(body);
        return body.ToArray();
    }

    protected static void AssertBroken(JsonElement verdict, long sequence, string problem)
    {
        Assert.False(verdict.GetProperty("intact").GetBoolean(), "the chain should be broken");
        var broken = verdict.GetProperty("firstBroken");
        Assert.Equal(problem, broken.GetProperty("problem").GetString());
        Assert.Equal(sequence, broken.GetProperty("sequence").GetInt64());
    }

    protected string Schema => App.Host.Services.GetRequiredService<EngineSettings>().SchemaName;

    private string PlainConnectionString() =>
        new NpgsqlConnectionStringBuilder(App.Host.Services.GetRequiredService<EngineSettings>().ConnectionString)
        {
            Options = null,
            Pooling = false,
        }.ConnectionString;
}

using Budgeting.Tests.Support;
using Marten;
using Npgsql;

namespace Budgeting.Tests.Audit;

public class AppendOnlyTests(AppFixture app) : AuditContext(app)
{
    [Theory]
    [InlineData("update {s}.mt_events set data = data || '{\"x\": 1}'")]
    [InlineData("delete from {s}.mt_events")]
    [InlineData("truncate {s}.mt_events cascade")]
    [InlineData("delete from {s}.mt_streams")]
    public async Task the_event_table_refuses_changes_in_place(string sql)
    {
        await SeedHistory();
        var refused = await Assert.ThrowsAsync<PostgresException>(() => Sql(sql, triggersOff: false));
        Assert.Contains("append-only", refused.MessageText);
        Assert.True((await Verify()).GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task archiving_a_stream_is_allowed_and_keeps_the_chain()
    {
        await SeedHistory();
        await using (var session = App.Store.LightweightSession())
        {
            session.Events.ArchiveStream(Streams[1]);
            await session.SaveChangesAsync();
        }
        var verdict = await Verify();
        Assert.True(verdict.GetProperty("intact").GetBoolean());
        Assert.Equal(8, verdict.GetProperty("eventsChecked").GetInt64());
    }

    [Fact]
    public async Task a_data_reset_empties_the_chain_with_the_events()
    {
        await SeedHistory();
        await Host.ResetAllMartenDataAsync();
        var verdict = await Verify();
        Assert.True(verdict.GetProperty("intact").GetBoolean());
        Assert.Equal(0, verdict.GetProperty("eventsChecked").GetInt64());
        await SeedHistory();
        Assert.Equal(8, (await Verify()).GetProperty("eventsChecked").GetInt64());
    }
}

using Budgeting.Api.Audit.Verifying;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Audit;

public class TamperingOnlineTests(AppFixture app) : AuditContext(app)
{
    [Fact]
    public async Task an_untouched_history_verifies()
    {
        await SeedHistory();
        var verdict = await Verify();
        Assert.True(verdict.GetProperty("intact").GetBoolean());
        Assert.Equal(8, verdict.GetProperty("eventsChecked").GetInt64());
        Assert.Equal(JsonValueKindNull, verdict.GetProperty("firstBroken").ValueKind);
    }

    [Fact]
    public async Task events_written_through_the_api_are_chained()
    {
        await Post("/api/cycles", new { name = "Seoul 2027", scope = "city", fiscalYear = 2027, envelope = 10_000_000_000 }, "admin", 201);
        await Post("/api/cycles", new { name = "Mapo 2027", scope = "mapo-gu", fiscalYear = 2027, envelope = 500_000_000 }, "admin", 201);
        var verdict = await Verify("admin");
        Assert.True(verdict.GetProperty("intact").GetBoolean());
        Assert.Equal(2, verdict.GetProperty("eventsChecked").GetInt64());
    }

    [Fact]
    public async Task an_altered_value_is_named_altered()
    {
        await SeedHistory();
        var seq = await SequenceOf(Streams[1], 2);
        await Sql($"update {{s}}.mt_events set data = jsonb_set(data, '{{text}}', '\"b2 forged\"') where seq_id = {seq}");
        var verdict = await Verify();
        AssertBroken(verdict, seq, LinkProblem.Altered);
        Assert.Equal(Streams[1].ToString(), verdict.GetProperty("firstBroken").GetProperty("streamId").GetString());
        Assert.Equal(2, verdict.GetProperty("firstBroken").GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task an_added_json_key_is_named_altered()
    {
        await SeedHistory();
        var seq = await SequenceOf(Streams[2], 1);
        await Sql($"update {{s}}.mt_events set data = data || '{{\"approved\": true}}' where seq_id = {seq}");
        AssertBroken(await Verify(), seq, LinkProblem.Altered);
    }

    [Fact]
    public async Task a_changed_timestamp_or_header_is_named_altered()
    {
        await SeedHistory();
        var seq = await SequenceOf(Streams[0], 2);
        await Sql($"update {{s}}.mt_events set timestamp = timestamp - interval '1 microsecond' where seq_id = {seq}");
        AssertBroken(await Verify(), seq, LinkProblem.Altered);
    }

    [Fact]
    public async Task a_deleted_row_is_named_deleted()
    {
        await SeedHistory();
        var seq = await SequenceOf(Streams[0], 2);
        await Sql($"delete from {{s}}.mt_events where seq_id = {seq}");
        AssertBroken(await Verify(), seq, LinkProblem.Deleted);
    }

    [Fact]
    public async Task a_row_deleted_with_its_link_leaves_a_gap_named_deleted()
    {
        await SeedHistory();
        var seq = await SequenceOf(Streams[0], 2);
        var next = await SequenceOf(Streams[0], 3);
        await Sql($"delete from {{s}}.mt_events where seq_id = {seq}; delete from {{s}}.audit_event_hashes where seq_id = {seq}");
        AssertBroken(await Verify(), next, LinkProblem.Deleted);
    }

    [Fact]
    public async Task two_rows_with_swapped_sequence_numbers_are_named_reordered()
    {
        await SeedHistory();
        var first = await SequenceOf(Streams[1], 1);
        var second = await SequenceOf(Streams[1], 2);
        await Sql($$"""
            update {s}.mt_events set seq_id = -1 where seq_id = {{first}};
            update {s}.mt_events set seq_id = {{first}} where seq_id = {{second}};
            update {s}.mt_events set seq_id = {{second}} where seq_id = -1;
            """);
        AssertBroken(await Verify(), first, LinkProblem.Reordered);
    }

    [Fact]
    public async Task a_row_inserted_behind_the_engines_back_is_named_forged()
    {
        await SeedHistory();
        var last = await SequenceOf(Streams[2], 3);
        await Sql($$"""
            insert into {s}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type)
            select seq_id + 100, gen_random_uuid(), stream_id, 4, jsonb_set(data, '{text}', '"c4 forged"'), type, timestamp,
                   tenant_id, mt_dotnet_type
            from {s}.mt_events where seq_id = {{last}}
            """);
        AssertBroken(await Verify(), last + 100, LinkProblem.Forged);
    }

    [Fact]
    public async Task a_forged_row_with_a_self_made_link_is_named_forged()
    {
        await SeedHistory();
        var last = await SequenceOf(Streams[2], 3);
        await Sql($$"""
            insert into {s}.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type)
            select seq_id + 100, gen_random_uuid(), stream_id, 4, data, type, timestamp, tenant_id, mt_dotnet_type
            from {s}.mt_events where seq_id = {{last}};
            insert into {s}.audit_event_hashes (seq_id, stream_id, version, prev_hash, hash)
            select e.seq_id, e.stream_id::text, e.version, '\x00'::bytea, sha256('\x00'::bytea || convert_to({s}.audit_canonical(e), 'UTF8'))
            from {s}.mt_events e where e.seq_id = {{last + 100}};
            """);
        AssertBroken(await Verify(), last + 100, LinkProblem.Forged);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}

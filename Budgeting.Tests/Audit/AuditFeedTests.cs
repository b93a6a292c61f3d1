using System.Text.Json;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Audit;

public class AuditFeedTests(AppFixture app) : AuditContext(app)
{
    [Fact]
    public async Task the_feed_lists_every_event_oldest_first_with_its_data()
    {
        await SeedHistory();
        var page = await Feed("");
        Assert.Equal(8, page.GetProperty("total").GetInt64());
        var first = page.GetProperty("items")[0];
        Assert.Equal(Streams[0], first.GetProperty("streamId").GetGuid());
        Assert.Equal(1, first.GetProperty("version").GetInt64());
        Assert.Equal("note_recorded", first.GetProperty("type").GetString());
        Assert.Equal("a1", first.GetProperty("data").GetProperty("text").GetString());
        var sequences = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(sequences.Order(), sequences);
    }

    [Theory]
    [InlineData("?actorId=citizen-3", 3)]
    [InlineData("?role=officer", 5)]
    [InlineData("?role=officer&actorId=citizen-3", 0)]
    [InlineData("?type=note_recorded", 8)]
    [InlineData("?type=cycle_opened", 0)]
    public async Task the_feed_filters_by_actor_role_and_type(string query, int expected)
    {
        await SeedHistory();
        Assert.Equal(expected, (await Feed(query)).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task the_feed_filters_by_stream_and_pages()
    {
        await SeedHistory();
        var stream = await Feed($"?streamId={Streams[2]}&pageSize=2&page=2");
        Assert.Equal(3, stream.GetProperty("total").GetInt64());
        var items = stream.GetProperty("items");
        Assert.Equal(1, items.GetArrayLength());
        Assert.Equal("c3", items[0].GetProperty("data").GetProperty("text").GetString());
    }

    [Fact]
    public async Task the_feed_filters_by_recorded_time()
    {
        await SeedHistory();
        var all = (await Feed("")).GetProperty("items");
        var fourth = all[3].GetProperty("timestamp").GetString();
        Assert.Equal(5, (await Feed($"?from={fourth}")).GetProperty("total").GetInt64());
        Assert.Equal(3, (await Feed($"?to={fourth}")).GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("?from=yesterday", "from")]
    [InlineData("?streamId=42", "streamId")]
    [InlineData("?pageSize=5000", "pageSize")]
    [InlineData("?page=abc", "page")]
    [InlineData("?pageSize=1.5", "pageSize")]
    public async Task bad_filters_are_400_problems(string query, string field)
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/events" + query);
            s.WithRequestHeader("Authorization", Bearer(Role.Auditor));
            s.StatusCodeShouldBe(400);
        });
        Assert.Equal(field, Problem.Of(result).GetProperty("field").GetString());
    }

    [Fact]
    public async Task a_query_value_that_does_not_parse_is_refused_not_read_as_the_default()
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/events?page=abc");
            s.WithRequestHeader("Authorization", Bearer(Role.Auditor));
            s.StatusCodeShouldBe(400);
        });
        Problem.NamesField(result, "page", "parseable");
        Assert.Contains("'abc'", Problem.Of(result).GetProperty("detail").GetString());
    }

    private async Task<JsonElement> Feed(string query)
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/events" + query);
            s.WithRequestHeader("Authorization", Bearer(Role.Auditor));
            s.StatusCodeShouldBe(200);
        });
        return Body(result);
    }
}

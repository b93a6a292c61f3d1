using Alba;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Proposals.Api;

public class ListCacheTests(AppFixture app) : ProposalContext(app)
{
    [Fact]
    public async Task a_page_is_answered_from_memory_until_a_proposal_changes()
    {
        var cycle = await OpenCycle();
        var first = await Suggest(cycle, "어린이놀이터 그늘막 설치");
        var url = $"/api/proposals?cycleId={cycle}";

        Assert.Null(Age(await Anonymous(url)));
        var again = await Anonymous(url);
        Assert.NotNull(Age(again));
        Assert.Equal(1, Body(again).GetProperty("total").GetInt64());

        var second = await Suggest(cycle, "경로당 디지털 교육");
        var fresh = await Anonymous(url);
        Assert.Null(Age(fresh));
        Assert.Equal(new[] { first, second }.Order(), Body(fresh).GetProperty("items").EnumerateArray().Select(x => x.GetProperty("id").GetGuid()).Order());

        var deliberating = $"{url}&status=inDeliberation";
        await Anonymous(deliberating);
        Assert.Empty(Body(await Anonymous(deliberating)).GetProperty("items").EnumerateArray());
        await Officer(first, "deliberation", new { });
        var changed = await Anonymous(deliberating);
        Assert.Null(Age(changed));
        Assert.Equal(first, Assert.Single(Body(changed).GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task a_signed_in_reader_always_reads_the_database()
    {
        var cycle = await OpenCycle();
        await Suggest(cycle);
        var url = $"/api/proposals?cycleId={cycle}";
        await Anonymous(url);

        for (var i = 0; i < 2; i++)
        {
            var read = await Host.Scenario(s =>
            {
                s.Get.Url(url);
                s.WithRequestHeader("Authorization", Bearer(Role.Committee, "committee-1"));
                s.StatusCodeShouldBe(200);
            });
            Assert.Null(Age(read));
        }
    }

    [Fact]
    public async Task a_rejected_query_is_not_kept()
    {
        await Anonymous("/api/proposals?pageSize=0", 400);
        var again = await Anonymous("/api/proposals?pageSize=0", 400);
        Assert.Null(Age(again));
        Problem.NamesField(again, "pageSize", "range");
    }

    private Task<IScenarioResult> Anonymous(string url, int status = 200) => Host.Scenario(s =>
    {
        s.Get.Url(url);
        s.StatusCodeShouldBe(status);
    });

    private static string? Age(IScenarioResult result) =>
        result.Context.Response.Headers.Age is { Count: > 0 } age ? age.ToString() : null;
}

using Alba;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;
using Marten;

namespace Budgeting.Tests.Proposals.Api;

/// <summary>Two engine processes on one database (BUDGETING_NODES=multi): a page read on one shows what the other wrote.</summary>
[Collection(ApiCollection.Name)]
public class ListAcrossNodesTests
{
    [Fact]
    public async Task a_node_lists_a_proposal_suggested_through_another_node_at_once()
    {
        const string schema = "multi_nodes";
        var clock = new NodaTime.Testing.FakeClock(AppFixture.Start);
        await using var reader = await AppFixture.StartHost(clock, schema, multiNode: true);
        await using var writer = await AppFixture.StartHost(clock, schema, multiNode: true);
        await reader.ResetAllMartenDataAsync();

        var cycle = Id(await writer.Scenario(s =>
        {
            s.Post.Json(new { name = "서울시 시민참여예산 2027", scope = "city", fiscalYear = 2027, envelope = 10_000_000_000 }, JsonStyle.MinimalApi)
                .ToUrl("/api/cycles");
            s.WithRequestHeader("Authorization", "Bearer " + AppFixture.Token(Role.Admin));
            s.StatusCodeShouldBe(201);
        }));
        var url = $"/api/proposals?cycleId={cycle}";
        Assert.Equal(0, Total(await Read(reader, url)));
        var repeated = await Read(reader, url);
        Assert.Equal(0, Total(repeated));
        Assert.True(repeated.Context.Response.Headers.ContainsKey("Age"), "a multi-node engine answers a repeated list from its cache");

        await writer.Scenario(s =>
        {
            s.Post.Json(new { cycleId = cycle, title = "어린이놀이터 그늘막 설치", description = "주민 모두가 안전하게 이용할 수 있도록 합니다.",
                category = "safety", district = "mapo-gu" }, JsonStyle.MinimalApi).ToUrl("/api/proposals");
            s.WithRequestHeader("Authorization", "Bearer " + AppFixture.Token(Role.Citizen, "citizen-kim"));
            s.StatusCodeShouldBe(201);
        });

        var after = await Read(reader, url);
        Assert.Equal(1, Total(after));
        Assert.False(after.Context.Response.Headers.ContainsKey("Age"), "a page cached before another node's write is not served after it");
        Assert.True((await Read(reader, url)).Context.Response.Headers.ContainsKey("Age"), "the fresh page is cached again");
    }

    [Fact]
    public async Task pages_read_on_either_node_right_after_each_write_on_the_other_are_never_stale()
    {
        const string schema = "multi_nodes";
        var clock = new NodaTime.Testing.FakeClock(AppFixture.Start);
        await using var a = await AppFixture.StartHost(clock, schema, multiNode: true);
        await using var b = await AppFixture.StartHost(clock, schema, multiNode: true);
        await a.ResetAllMartenDataAsync();
        var cycle = Id(await a.Scenario(s =>
        {
            s.Post.Json(new { name = "서울시 시민참여예산 2027", scope = "city", fiscalYear = 2027, envelope = 10_000_000_000 }, JsonStyle.MinimalApi)
                .ToUrl("/api/cycles");
            s.WithRequestHeader("Authorization", "Bearer " + AppFixture.Token(Role.Admin));
            s.StatusCodeShouldBe(201);
        }));
        var url = $"/api/proposals?cycleId={cycle}&pageSize=100";
        for (var i = 1; i <= 12; i++)
        {
            var (writer, reader) = i % 2 == 0 ? (a, b) : (b, a);
            await Read(reader, url);
            await Read(writer, url);
            await writer.Scenario(s =>
            {
                s.Post.Json(new { cycleId = cycle, title = $"골목 화단 가꾸기 {i}", description = "동네 골목에 꽃을 심어 주세요.",
                    category = "safety", district = "mapo-gu" }, JsonStyle.MinimalApi).ToUrl("/api/proposals");
                s.WithRequestHeader("Authorization", "Bearer " + AppFixture.Token(Role.Citizen, $"citizen-{i}"));
                s.StatusCodeShouldBe(201);
            });
            Assert.Equal(i, Total(await Read(reader, url)));
            Assert.Equal(i, Total(await Read(writer, url)));
        }
    }

    private static Task<IScenarioResult> Read(IAlbaHost host, string url) => host.Scenario(s =>
    {
        s.Get.Url(url);
        s.StatusCodeShouldBe(200);
    });

    private static long Total(IScenarioResult result) =>
        System.Text.Json.JsonDocument.Parse(result.ReadAsText()).RootElement.GetProperty("total").GetInt64();

    private static Guid Id(IScenarioResult result) =>
        System.Text.Json.JsonDocument.Parse(result.ReadAsText()).RootElement.GetProperty("id").GetGuid();
}

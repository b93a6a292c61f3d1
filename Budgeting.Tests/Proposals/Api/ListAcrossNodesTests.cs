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
        Assert.Equal(0, Total(await Read(reader, url)));

        await writer.Scenario(s =>
        {
            s.Post.Json(new { cycleId = cycle, title = "어린이놀이터 그늘막 설치", description = "주민 모두가 안전하게 이용할 수 있도록 합니다.",
                category = "safety", district = "mapo-gu" }, JsonStyle.MinimalApi).ToUrl("/api/proposals");
            s.WithRequestHeader("Authorization", "Bearer " + AppFixture.Token(Role.Citizen, "citizen-kim"));
            s.StatusCodeShouldBe(201);
        });

        var after = await Read(reader, url);
        Assert.Equal(1, Total(after));
        Assert.False(after.Context.Response.Headers.ContainsKey("Age"), "a multi-node engine does not answer the list from memory");
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

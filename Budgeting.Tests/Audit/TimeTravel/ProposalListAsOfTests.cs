using Budgeting.Tests.Support;
using NodaTime;

namespace Budgeting.Tests.Audit.TimeTravel;

public class ProposalListAsOfTests(AppFixture app) : TimeTravelContext(app)
{
    [Fact]
    public async Task the_list_as_of_an_instant_holds_the_proposals_that_existed_then_in_their_state_then()
    {
        var city = await OpenCycle();
        var mapo = await OpenCycle("mapo-gu");
        var first = await Suggest(city, "어린이놀이터 그늘막 설치");
        var second = await Suggest(city, "경로당 디지털 교육");
        await Suggest(mapo, "마포 산책로 조명");
        await Officer(first, "deliberation", new { });
        await Command(second, "withdrawal", new { reason = "다른 제안과 합칩니다" }, Budgeting.Domain.Common.Role.Citizen, 200, Citizen);
        var firstAt = await Recorded(first);
        var secondAt = await Recorded(second);

        var beforeSecond = await GetJson($"/api/proposals?cycleId={city}&asOf={Iso(Between(firstAt[0], secondAt[0]))}");
        Assert.Equal(1, beforeSecond.GetProperty("total").GetInt64());
        Assert.Equal("suggested", beforeSecond.GetProperty("items")[0].GetProperty("status").GetString());

        var beforeDeliberation = await GetJson($"/api/proposals?cycleId={city}&asOf={Iso(firstAt[1] - Microsecond)}&sort=title");
        Assert.Equal([("경로당 디지털 교육", "suggested"), ("어린이놀이터 그늘막 설치", "suggested")], Rows(beforeDeliberation));

        var beforeWithdrawal = await GetJson($"/api/proposals?cycleId={city}&asOf={Iso(secondAt[1] - Microsecond)}&sort=title");
        Assert.Equal([("경로당 디지털 교육", "suggested"), ("어린이놀이터 그늘막 설치", "inDeliberation")], Rows(beforeWithdrawal));

        var withdrawnThen = await GetJson($"/api/proposals?status=withdrawn&asOf={Iso(secondAt[1])}");
        Assert.Equal(second, Assert.Single(withdrawnThen.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(0, (await GetJson($"/api/proposals?asOf={Iso(firstAt[0] - Microsecond)}")).GetProperty("total").GetInt64());
        Assert.Equal(3, (await GetJson($"/api/proposals?asOf={Iso(secondAt[1])}")).GetProperty("total").GetInt64());
    }

    [Theory]
    [InlineData("")]
    [InlineData("&sort=title")]
    [InlineData("&sort=-title&pageSize=2&page=2")]
    [InlineData("&sort=suggestedAt&q=%EB%86%80%EC%9D%B4")]
    [InlineData("&sort=-updatedAt&status=admitted")]
    [InlineData("&sort=updatedAt&district=mapo-gu&category=safety")]
    public async Task the_list_as_of_now_is_the_live_list(string filters)
    {
        var cycle = await OpenCycle();
        await Admitted(cycle, "어린이놀이터 그늘막 설치");
        await Admitted(cycle, "Night-time safe walking routes");
        foreach (var title in new[] { "경로당 디지털 교육", "night market lights", "공원 놀이 기구", "Zebra crossings" })
            await Suggest(cycle, title);
        var later = SystemClock.Instance.GetCurrentInstant() + Duration.FromMinutes(1);

        Assert.Equal(await RawText($"/api/proposals?cycleId={cycle}{filters}"),
            await RawText($"/api/proposals?cycleId={cycle}{filters}&asOf={Iso(later)}"));
    }

    [Fact]
    public async Task the_list_takes_an_instant_not_a_version()
    {
        var result = await Host.Scenario(s => { s.Get.Url("/api/proposals?version=3"); s.StatusCodeShouldBe(400); });
        Problem.NamesField(result, "version", "one-stream");
        result = await Host.Scenario(s => { s.Get.Url("/api/proposals?asOf=now"); s.StatusCodeShouldBe(400); });
        Problem.NamesField(result, "asOf", "instant");
    }

    private static IEnumerable<(string?, string?)> Rows(System.Text.Json.JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("title").GetString(), i.GetProperty("status").GetString()));
}

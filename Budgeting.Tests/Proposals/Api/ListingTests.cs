using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Proposals.Api;

public class ListingTests(AppFixture app) : ProposalContext(app)
{
    [Fact]
    public async Task korean_text_is_found_by_any_part_of_a_word()
    {
        var cycle = await OpenCycle();
        var playground = await Suggest(cycle, "어린이놀이터 그늘막 설치");
        await Suggest(cycle, "경로당 디지털 교육");
        await Suggest(cycle, "Night-time safe walking routes");

        foreach (var q in new[] { "놀이", "어린이놀이터", "그늘", "터 그" })
        {
            var found = await GetJson($"/api/proposals?q={Uri.EscapeDataString(q)}");
            Assert.Equal(playground, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        }
        Assert.Equal(1, (await GetJson("/api/proposals?q=NIGHT")).GetProperty("total").GetInt64());
        Assert.Equal(0, (await GetJson("/api/proposals?q=도서관")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task the_list_filters_by_status_cycle_district_and_category_and_pages()
    {
        var city = await OpenCycle();
        var mapo = await OpenCycle("mapo-gu");
        var admitted = await Admitted(city);
        for (var i = 0; i < 4; i++) await Suggest(mapo, $"마포 제안 {i}");

        var byStatus = await GetJson("/api/proposals?status=admitted");
        Assert.Equal(admitted, Assert.Single(byStatus.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal("admitted", byStatus.GetProperty("items")[0].GetProperty("status").GetString());
        Assert.Equal(4, (await GetJson($"/api/proposals?cycleId={mapo}&district=mapo-gu&category=safety")).GetProperty("total").GetInt64());

        var page = await GetJson("/api/proposals?page=2&pageSize=2&sort=title");
        Assert.Equal((2, 2, 5L), (page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32(), page.GetProperty("total").GetInt64()));
        Assert.Equal("마포 제안 2", page.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal(5, (await GetJson("/api/proposals?pageSize=200")).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("status=approved", "status")]
    [InlineData("cycleId=nope", "cycleId")]
    [InlineData("sort=cost", "sort")]
    [InlineData("category=parks", "category")]
    public async Task bad_list_parameters_are_a_400_naming_the_parameter(string query, string field)
    {
        var result = await Host.Scenario(s => { s.Get.Url($"/api/proposals?{query}"); s.StatusCodeShouldBe(400); });
        Assert.Equal(field, Problem.Of(result).GetProperty("field").GetString());
    }
}

using Budgeting.Domain.Common;
using Budgeting.Domain.Elections.Importing;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Elections;

public class ImportRefusalTests(AppFixture app) : ElectionApiContext(app)
{
    [Fact]
    public async Task Anonymous_uploads_are_401_and_citizens_403()
    {
        await Upload(ElectionFixtures.Krakow, null, 401);
        await Upload(ElectionFixtures.Krakow, Role.Citizen, 403);
        Assert.Equal(0, (await GetJson("/api/elections")).GetArrayLength());
    }

    [Fact]
    public async Task A_bad_file_is_a_400_naming_the_line_and_section()
    {
        var result = await Upload(ElectionFixtures.Krakow.Replace("L3;258488.22;", "L3;-5;"), Role.Admin, 400);

        Problem.NamesField(result, "content", "pb-format");
        Assert.Contains("line 12 (PROJECTS)", Problem.Of(result).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_json_body_without_content_is_a_400() =>
        Problem.NamesField(await Post("/api/elections/imports", new { fileName = "x.pb" }, Role.Admin, 400), "content", "required");

    [Fact]
    public async Task A_file_over_the_limit_is_a_413()
    {
        var huge = ElectionFixtures.Krakow + new string('#', ImportElection.MaxBytes);

        var result = await Upload(huge, Role.Admin, 413);

        Assert.Equal("size", Problem.Of(result).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Unknown_elections_and_rules()
    {
        Problem.Of(await Host.Scenario(s => { s.Get.Url($"/api/elections/{Guid.NewGuid()}"); s.StatusCodeShouldBe(404); }));
        var id = await Imported(ElectionFixtures.Krakow);
        Problem.NamesField(await Host.Scenario(s => { s.Get.Url($"/api/elections/{id}/outcomes/lottery"); s.StatusCodeShouldBe(400); }),
            "rule", "known-rule");
    }
}

using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Cycles;

public class OpeningACycleTests(AppFixture app) : ApiContext(app)
{
    [Fact]
    public async Task an_administrator_opens_a_municipal_cycle_and_anyone_reads_it()
    {
        var created = await Post("/api/cycles",
            new { name = "서울시 시민참여예산 2027", scope = "city", fiscalYear = 2027, envelope = 10_000_000_000 },
            Role.Admin, 201);
        var id = Body(created).GetProperty("id").GetGuid();
        Assert.Equal($"/api/cycles/{id}", created.Context.Response.Headers.Location.ToString());

        var cycle = await GetJson($"/api/cycles/{id}");
        Assert.Equal("서울시 시민참여예산 2027", cycle.GetProperty("name").GetString());
        Assert.Equal("city", cycle.GetProperty("scope").GetString());
        Assert.Equal(10_000_000_000, cycle.GetProperty("envelope").GetInt64());
        Assert.Equal("2026-03-02T00:30:00Z", cycle.GetProperty("openedAt").GetString());

        var list = await GetJson("/api/cycles");
        Assert.Equal(id, list[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task a_cycle_read_carries_its_version_as_etag()
    {
        var created = await Post("/api/cycles", new { name = "Mapo 2027", scope = "mapo-gu", fiscalYear = 2027, envelope = 500_000_000 },
            Role.Admin, 201);
        var id = Body(created).GetProperty("id").GetGuid();
        var read = await Host.Scenario(s => s.Get.Url($"/api/cycles/{id}"));
        Assert.Equal("\"1\"", read.Context.Response.Headers.ETag.ToString());
    }

    [Theory]
    [InlineData("name", "", "scope", "city", "required")]
    [InlineData("scope", "Seoul 2027", "scope", "atlantis-gu", "known-scope")]
    public async Task bad_input_names_the_field_and_the_rule(string field, string name, string _, string scope, string rule)
    {
        var result = await Post("/api/cycles", new { name, scope, fiscalYear = 2027, envelope = 1_000_000 }, Role.Admin, 400);
        Problem.NamesField(result, field, rule);
    }

    [Theory]
    [InlineData(0, "positive")]
    [InlineData(-5, "positive")]
    [InlineData(9_000_000_000_000_000_000, "ceiling")]
    public async Task the_envelope_must_be_positive_and_sane(long envelope, string rule)
    {
        var result = await Post("/api/cycles", new { name = "Seoul 2027", scope = "city", fiscalYear = 2027, envelope },
            Role.Admin, 400);
        Problem.NamesField(result, "envelope", rule);
    }

    [Fact]
    public async Task an_unknown_cycle_is_a_404_problem_document()
    {
        var result = await Host.Scenario(s => { s.Get.Url($"/api/cycles/{Guid.NewGuid()}"); s.StatusCodeShouldBe(404); });
        Problem.Of(result);
    }
}

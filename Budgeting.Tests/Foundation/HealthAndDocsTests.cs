using Budgeting.Tests.Support;

namespace Budgeting.Tests.Foundation;

public class HealthAndDocsTests(AppFixture app) : ApiContext(app)
{
    [Fact]
    public async Task liveness_answers_without_a_token()
    {
        var result = await Host.Scenario(s => { s.Get.Url("/health/live"); s.StatusCodeShouldBe(200); });
        Assert.Equal("Healthy", await result.ReadAsTextAsync());
    }

    [Fact]
    public async Task readiness_checks_the_database_and_is_ready_on_a_reachable_one()
    {
        var result = await Host.Scenario(s => { s.Get.Url("/health/ready"); s.StatusCodeShouldBe(200); });
        Assert.Equal("Healthy", await result.ReadAsTextAsync());
    }

    [Fact]
    public async Task the_openapi_document_lists_the_open_cycle_command()
    {
        var doc = await GetJson("/openapi/v1.json");
        var post = doc.GetProperty("paths").GetProperty("/api/cycles").GetProperty("post");
        Assert.True(post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
    }

    [Fact]
    public async Task the_browsable_api_reference_is_served()
    {
        var result = await Host.Scenario(s => { s.Get.Url("/docs/"); s.StatusCodeShouldBe(200); });
        Assert.Contains("<html", (await result.ReadAsTextAsync()).ToLowerInvariant());
    }

    [Fact]
    public async Task an_unknown_route_is_a_404_problem_document()
    {
        var result = await Host.Scenario(s => { s.Get.Url("/api/no-such-thing"); s.StatusCodeShouldBe(404); });
        Assert.Equal(404, Problem.Of(result).GetProperty("status").GetInt32());
    }
}

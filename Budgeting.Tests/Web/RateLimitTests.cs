using System.Net;
using Alba;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Web;

/// <summary>Suggestions and ballots are limited per subject, on the API and on the pages alike, with 429 and Retry-After.</summary>
public class RateLimitTests(AppFixture app) : PageContext(app)
{
    [Fact]
    public async Task the_third_suggestion_in_a_minute_is_429_with_retry_after_through_the_api_and_the_page_alike()
    {
        var cycle = await OpenCycle();
        await using var host = await AppFixture.StartHost(App.Clock, settings: new Dictionary<string, string>
        {
            ["RateLimits:SuggestionsPerMinute"] = "2", ["RateLimits:BallotsPerMinute"] = "2",
        });
        for (var i = 0; i < 2; i++) await Through(host, cycle, "citizen-busy", 201);
        var refused = await Through(host, cycle, "citizen-busy", 429);
        Assert.InRange(int.Parse(refused.Context.Response.Headers.RetryAfter.ToString()), 1, 60);
        await Through(host, cycle, "citizen-calm", 201);

        using var browser = new PageClient(host.Server);
        await browser.SignIn(Role.Citizen, "citizen-busy");
        var page = await browser.Submit(await browser.Get($"/proposals/new?cycle={cycle}"), "suggest");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.Status);
        Assert.True(page.Response.Headers.RetryAfter is not null);
        Assert.Contains("요청이 너무 많습니다", page.Text);
    }

    private static Task<IScenarioResult> Through(IAlbaHost host, Guid cycle, string subject, int status) => host.Scenario(s =>
    {
        s.Post.Json(Suggestion(cycle), JsonStyle.MinimalApi).ToUrl("/api/proposals");
        s.WithRequestHeader("Authorization", "Bearer " + AppFixture.Token(Role.Citizen, subject));
        s.StatusCodeShouldBe(status);
    });
}

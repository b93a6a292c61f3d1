using System.Net;
using System.Text.RegularExpressions;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Web;

public partial class PageBasicsTests(AppFixture app) : PageContext(app)
{
    [Fact]
    public async Task pages_speak_korean_by_default_and_english_when_asked_or_remembered()
    {
        var browser = Browser("ko-KR,ko");
        var korean = await browser.Get("/");
        Assert.Equal("ko", korean.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("시민", korean.Text);
        Assert.Equal("en", (await browser.Get("/?culture=en")).Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", (await Browser("en-US,en").Get("/")).Document.DocumentElement.GetAttribute("lang"));

        var switched = await browser.Get("/culture/en?returnUrl=%2Fproposals%3Fsort%3Dtitle");
        Assert.Equal(("/proposals?sort=title", HttpStatusCode.Redirect), (switched.Location, switched.Status));
        var remembered = await browser.Get("/proposals");
        Assert.Equal("en", remembered.Document.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Proposals", remembered.Document.Title);
    }

    [Fact]
    public async Task every_page_carries_the_security_headers_and_a_policy_without_inline_script()
    {
        var page = await Browser().Get("/proposals");
        var headers = page.Response.Headers;
        var policy = string.Join(";", headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", headers.GetValues("Referrer-Policy").Single());
        Assert.Empty(page.Document.QuerySelectorAll("script:not([src])"));
        Assert.Empty(page.Document.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task the_session_cookie_is_http_only_and_same_site_lax()
    {
        var response = await new HttpClient(App.Host.Server.CreateHandler()) { BaseAddress = new Uri("http://localhost") }
            .GetAsync("/dev/signin?role=citizen&sub=citizen-park&district=mapo-gu&returnUrl=/me");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("budgeting.session="));
        Assert.Contains("httponly", cookie.ToLowerInvariant());
        Assert.Contains("samesite=lax", cookie.ToLowerInvariant());
        Assert.Equal("/me", response.Headers.Location?.PathAndQuery());
    }

    [Fact]
    public async Task pages_leave_the_api_its_documents_and_health_alone()
    {
        var browser = Browser();
        Assert.StartsWith("application/json", (await browser.Get("/api/cycles")).Response.Content.Headers.ContentType!.ToString());
        Assert.StartsWith("application/json", (await browser.Get("/openapi/v1.json")).Response.Content.Headers.ContentType!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await browser.Get("/health/live")).Status);
        var missing = await browser.Get("/api/nothing-here");
        Assert.StartsWith("application/problem+json", missing.Response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task an_unknown_page_is_a_404_page_in_the_readers_language()
    {
        var page = await Browser().Get("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.StartsWith("text/html", page.Response.Content.Headers.ContentType!.ToString());
        Assert.Contains("찾을 수 없습니다", page.Text);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser().Get($"/proposals/{Guid.NewGuid()}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser().Get($"/cycles/{Guid.NewGuid()}")).Status);
    }

    [Fact]
    public async Task signing_in_is_needed_for_my_pages_and_only_sends_back_to_this_site()
    {
        var browser = Browser();
        var me = await browser.Get("/me");
        Assert.Equal(HttpStatusCode.Redirect, me.Status);
        Assert.Equal("/signin?returnUrl=%2Fme", new Uri(new Uri("http://localhost"), me.Location!).PathAndQuery);
        var signIn = await browser.Get("/signin?returnUrl=%2Fme");
        Assert.StartsWith("/dev/signin?returnUrl=", signIn.Location);
        var elsewhere = await browser.Get("/dev/signin?role=citizen&sub=citizen-park&returnUrl=https%3A%2F%2Fevil.example%2F");
        Assert.Equal("/", elsewhere.Response.Headers.Location?.PathAndQuery());
        Assert.Equal(HttpStatusCode.OK, (await browser.Get("/me")).Status);
        var bad = await browser.Get("/dev/signin?role=mayor&sub=x");
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
    }

    [Fact]
    public async Task signing_out_takes_a_form_with_its_antiforgery_token()
    {
        var browser = await SignedIn(Role.Citizen, "citizen-park");
        var home = await browser.Get("/");
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.Post("/signout", new Dictionary<string, string>())).Status);
        var signedOut = await browser.Submit(home, "signout");
        Assert.Equal(("/", HttpStatusCode.Redirect), (signedOut.Response.Headers.Location?.PathAndQuery(), signedOut.Status));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Get("/me")).Status);
    }

    [Fact]
    public async Task hostile_text_renders_inert_and_isolated()
    {
        var cycle = await OpenCycle();
        const string hostile = "<script>alert('x')</script>\u202Egnp.exe\u0007 <img src=x onerror=alert(1)>";
        var created = await Post("/api/proposals", new
        {
            cycleId = cycle, title = hostile[..60], description = hostile + new string('가', 4000), category = "safety", district = "mapo-gu",
        }, Role.Citizen, 201, "citizen-park");
        var id = Body(created).GetProperty("id").GetGuid();
        foreach (var url in new[] { $"/proposals/{id}", "/proposals" })
        {
            var page = await Browser().Get(url);
            Assert.Empty(page.Document.QuerySelectorAll("main img"));
            Assert.All(page.Document.QuerySelectorAll("script"), script => Assert.StartsWith("/js/", script.GetAttribute("src")));
            Assert.DoesNotContain("<script>alert", page.Html);
            var title = page.Document.QuerySelectorAll("bdi").First(b => b.TextContent.Contains("alert('x')"));
            Assert.Equal("auto", title.GetAttribute("dir"));
        }
    }

    [Fact]
    public async Task a_page_stays_under_100_kb()
    {
        var cycle = await OpenCycle();
        for (var i = 0; i < 30; i++) await Suggest(cycle, $"길고 긴 제목의 제안 {i} " + new string('가', 150), "citizen-park");
        foreach (var url in new[] { "/", "/proposals?pageSize=200", $"/cycles/{cycle}" })
            Assert.InRange((await Browser().Get(url)).Html.Length * 3, 0, 100 * 1024 * 3);
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount((await Browser().Get("/proposals")).Html), 1, 100 * 1024);
    }

    [Fact]
    public async Task the_list_is_fresh_for_a_signed_in_reader_right_after_a_write()
    {
        var cycle = await OpenCycle();
        var reader = await SignedIn(Role.Citizen, "citizen-park");
        Assert.Contains("0", (await reader.Get($"/proposals?cycle={cycle}")).Document.QuerySelector(".result-count")!.TextContent);
        await Suggest(cycle, "방금 낸 제안", "citizen-lee");
        var page = await reader.Get($"/proposals?cycle={cycle}");
        Assert.Contains("방금 낸 제안", page.Text);
        Assert.Matches(CountOfOne(), page.Document.QuerySelector(".result-count")!.TextContent);
    }

    [Fact]
    public async Task a_page_past_the_end_is_an_empty_page_that_links_back()
    {
        var cycle = await OpenCycle();
        for (var i = 0; i < 3; i++) await Suggest(cycle, $"제안 {i}", "citizen-park");
        var page = await Browser().Get($"/proposals?cycle={cycle}&page=9");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll(".proposal-list li"));
        Assert.Equal(["이전", "1"], page.Document.QuerySelectorAll(".pager a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task a_bad_filter_is_a_400_with_the_message_on_the_page()
    {
        var page = await Browser().Get("/proposals?status=Nonsense");
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("목록에 있는 상태를 골라 주세요", page.Text);
    }

    [GeneratedRegex(@"^\s*1\D")]
    private static partial Regex CountOfOne();
}

/// <summary>The demo personas exist only while the public development key signs tokens.</summary>
[Collection(ApiCollection.Name)]
public class DevelopmentSignInTests(AppFixture app)
{
    [Fact]
    public async Task with_a_real_signing_key_the_development_sign_in_is_a_404_and_signs_nobody_in()
    {
        await using var host = await AppFixture.StartHost(app.Clock, settings: new Dictionary<string, string>
        {
            ["Auth:SigningKey"] = "a-real-secret-key-of-the-city-that-is-long-enough-for-hmac-256",
        });
        using var browser = new PageClient(host.Server);
        var page = await browser.Get("/dev/signin?role=admin&sub=intruder&returnUrl=/me");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.False(page.Response.Headers.Contains("Set-Cookie") && page.Response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("budgeting.session")));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Get("/me")).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await browser.Get("/signin")).Status);
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Budgeting.Tests.Browser;

/// <summary>Base of the browser flows: data reset before each test, and the few moves every flow makes.</summary>
[Collection(BrowserCollection.Name)]
public abstract partial class BrowserContext(BrowserFixture web) : IAsyncLifetime
{
    protected BrowserFixture Web { get; } = web;
    protected string Base => Web.BaseUrl;

    public Task InitializeAsync() => Web.Reset();

    public Task DisposeAsync() => Task.CompletedTask;

    protected static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    protected static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    /// <summary>Signs in through the development sign-in and lands on <paramref name="path"/>.</summary>
    protected async Task<IPage> SignedIn(string role, string subject, string path, string language = "ko-KR", int width = 1280,
        string district = "mapo-gu")
    {
        var page = await Web.NewPage(language, width);
        await page.GotoAsync($"{Base}/dev/signin?role={role}&sub={subject}&district={district}&birthdate=1980-05-05&returnUrl={Uri.EscapeDataString(path)}");
        return page;
    }

    /// <summary>Presses Tab until the element <paramref name="selector"/> has the focus: it is reachable by keyboard alone.</summary>
    protected static async Task TabTo(IPage page, string selector)
    {
        for (var i = 0; i < 80; i++)
        {
            if (await page.EvaluateAsync<bool>($"document.activeElement?.matches({System.Text.Json.JsonSerializer.Serialize(selector)}) === true")) return;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"Tab never reached {selector} on {page.Url}");
    }

    protected static Guid IdIn(string url) => Guid.Parse(ProposalId().Match(url).Groups[1].Value);

    [GeneratedRegex("/proposals/([0-9a-f-]{36})")]
    protected static partial Regex ProposalId();
}

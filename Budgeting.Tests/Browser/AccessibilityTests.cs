using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.Funding;
using Budgeting.Tests.Elections;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Budgeting.Tests.Browser;

/// <summary>
/// Every page in both languages: axe-core finds no serious or critical violation of WCAG 2.1 AA, and at 360 px nothing
/// scrolls sideways. Pages with a refused form are checked too: errors are where accessibility most often breaks.
/// </summary>
public class AccessibilityTests(BrowserFixture web) : BrowserContext(web)
{
    private static readonly string[] Languages = ["ko-KR", "en-US"];

    /// <summary>The rules of WCAG 2.0 and 2.1, levels A and AA (KWCAG 2.2 follows them).</summary>
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        ResultTypes = [ResultType.Violations],
    };

    [Fact]
    public async Task every_page_passes_axe_and_fits_360_px_in_korean_and_in_english()
    {
        var paths = await Pages();
        var failures = new List<string>();
        foreach (var language in Languages)
        {
            var wide = await SignedIn(Role.Citizen, "citizen-kim", "/", language);
            var narrow = await SignedIn(Role.Citizen, "citizen-kim", "/", language, width: 360);
            foreach (var path in paths)
            {
                await wide.GotoAsync(Base + path);
                failures.AddRange(await Violations(wide, $"{language} {path}"));
                await narrow.GotoAsync(Base + path);
                if (!await Fits(narrow)) failures.Add($"{language} {path}: scrolls sideways at 360 px");
            }
            failures.AddRange(await RefusedForm(wide, paths[^1], language));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task the_administrators_pages_pass_axe_and_fit_360_px_in_korean_and_in_english()
    {
        var paths = await AdminPages();
        var failures = new List<string>();
        foreach (var language in Languages)
        {
            var wide = await SignedIn(Role.Admin, "admin-1", "/", language);
            var narrow = await SignedIn(Role.Admin, "admin-1", "/", language, width: 360);
            foreach (var path in paths)
            {
                await wide.GotoAsync(Base + path);
                failures.AddRange(await Violations(wide, $"{language} {path}"));
                await narrow.GotoAsync(Base + path);
                if (!await Fits(narrow)) failures.Add($"{language} {path}: scrolls sideways at 360 px");
            }
            await wide.GotoAsync(Base + "/admin/cycles/new");
            await wide.Locator("#open button[type=submit]").ClickAsync();
            await Assertions.Expect(wide.Locator("#open-name")).ToHaveAttributeAsync("aria-invalid", "true");
            failures.AddRange(await Violations(wide, $"{language} /admin/cycles/new (refused)"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task the_sign_in_page_and_an_error_page_pass_axe_for_anonymous_readers()
    {
        var page = await Web.NewPage();
        var failures = new List<string>();
        foreach (var path in new[] { "/dev/signin", "/no-such-page", "/proposals?status=nonsense" })
        {
            await page.GotoAsync(Base + path);
            failures.AddRange(await Violations(page, path));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Every page kind, with data to show: a cycle in its vote, admitted and suggested proposals, an inbox.</summary>
    private async Task<string[]> Pages()
    {
        var vote = await Web.Api.OpenCycle("서울시 시민참여예산 2027", voting: new { kind = "approval", minProjects = 1, maxProjects = 2 },
            rule: "greedy_cost");
        var shade = await Web.Api.Suggest(vote, "가로수 그늘길", 40_000_000, "citizen-kim");
        await Web.Api.Admit(shade, 40_000_000);
        await Web.Api.Admit(await Web.Api.Suggest(vote, "공공 와이파이", 30_000_000), 30_000_000);
        await Web.Api.Advance(vote, "intake", "deliberation", "prioritisation");
        var intake = await Web.Api.OpenCycle("마포구 주민참여예산 2027", "mapo-gu");
        var mine = await Web.Api.Suggest(intake, "망원시장 자전거 보관소", 20_000_000, "citizen-kim");
        return
        [
            "/", "/proposals", $"/proposals/{shade}", $"/proposals/{mine}", $"/proposals/{mine}/revise", $"/cycles/{vote}",
            $"/cycles/{vote}/ballot", "/me", $"/proposals/new?cycle={intake}",
        ];
    }

    /// <summary>The workbench with data on every page: a cycle with a vote and a member, a budgeted proposal, an imported election.</summary>
    private async Task<string[]> AdminPages()
    {
        var vote = await Web.Api.OpenCycle("서울시 시민참여예산 2027", voting: new { kind = "approval", maxProjects = 3 }, rule: "greedy_cost");
        await Web.Api.Post(Role.Admin, "admin-1", $"/api/cycles/{vote}/committee", new { memberId = "member-yoon" });
        var funded = await Web.Api.Suggest(vote, "가로수 그늘길", 40_000_000);
        await Web.Api.Admit(funded, 40_000_000);
        await Budget(funded, 40_000_000);
        await Web.Api.Post(Role.Admin, "admin-1", "/api/elections/imports", new { fileName = "krakow.pb", content = ElectionFixtures.Krakow });
        return ["/admin", "/admin/cycles/new", $"/admin/cycles/{vote}", $"/admin/proposals/{funded}/funding", "/admin/elections/import"];
    }

    /// <summary>Stands in for an allocation: the engine budgets an admitted proposal.</summary>
    private async Task Budget(Guid proposal, long amount)
    {
        await using var session = Web.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        var stream = await session.Events.FetchForWriting<Proposal>(proposal);
        var decision = BudgetProposal.Budget(stream.Aggregate!, new Won(amount), Guid.NewGuid(), Actor.Engine, Web.Clock.GetCurrentInstant());
        Assert.True(decision.IsAccepted, decision.ToString());
        stream.AppendMany(decision.Events.ToArray());
        await session.SaveChangesAsync();
    }

    private static async Task<IEnumerable<string>> RefusedForm(IPage page, string suggestPath, string language)
    {
        await page.GotoAsync(page.Url[..page.Url.IndexOf('/', 8)] + suggestPath);
        await page.Locator("#suggest button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator("#suggest-title")).ToHaveAttributeAsync("aria-invalid", "true");
        return await Violations(page, $"{language} {suggestPath} (refused)");
    }

    private static async Task<IEnumerable<string>> Violations(IPage page, string where)
    {
        var result = await page.RunAxe(WcagAa);
        Assert.True(result.Passes.Length > 10, $"{where}: axe checked almost nothing ({result.Passes.Length} rules passed)");
        return result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
    }

    private static Task<bool> Fits(IPage page) => page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1");
}

using Budgeting.Domain.Common;
using Budgeting.Tests.Elections;
using Budgeting.Tests.Support;
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
    public async Task every_citizens_page_passes_axe_and_fits_360_px_in_korean_and_in_english()
    {
        var paths = await Pages();
        var failures = await Check(Role.Citizen, "citizen-kim", paths);
        foreach (var language in Languages) failures.AddRange(await Refused(Role.Citizen, "citizen-kim", language, paths[^1], "#suggest", "#suggest-title"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task the_administrators_pages_pass_axe_and_fit_360_px_in_korean_and_in_english()
    {
        var failures = await Check(Role.Admin, "admin-1", await AdminPages());
        foreach (var language in Languages) failures.AddRange(await Refused(Role.Admin, "admin-1", language, "/admin/cycles/new", "#open", "#open-name"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task the_officers_and_the_committees_pages_pass_axe_and_fit_360_px_in_korean_and_in_english()
    {
        var (cycle, deliberating, funded) = await WorkbenchPages();
        var failures = await Check(Role.Officer, "officer-1", ["/officer", "/officer/moderation", $"/proposals/{deliberating}", $"/proposals/{funded}"]);
        failures.AddRange(await Check(Role.Committee, "member-yoon", ["/committee", $"/committee/{cycle}"]));
        foreach (var language in Languages)
            failures.AddRange(await Refused(Role.Officer, "officer-1", language, $"/proposals/{deliberating}", "form#decline", "#decline-reason"));
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task the_auditors_desk_passes_axe_and_fits_360_px_in_korean_and_in_english()
    {
        var (cycle, deliberating, _) = await WorkbenchPages();
        var then = (await Web.Api.Get($"/api/proposals/{deliberating}/history")).GetProperty("events")[0].GetProperty("recordedAt").GetString();
        var (allocated, _) = await Web.Api.AllocatedByEqualShares("서울시 시민참여예산 2027",
            [("망원 한강공원 그늘막", 120_000_000), ("작은도서관 야간 개방", 100_000_000), ("망원시장 자전거 보관소", 150_000_000)],
            [[0, 2], [0, 2], [1, 2], [1]]);
        var forum = await Web.Api.WithOpenForum();
        var failures = await Check(Role.Auditor, "auditor-1", ["/audit", "/audit/verify", "/open-data",
            $"/proposals/{deliberating}?asOf={Uri.EscapeDataString(then!)}", $"/cycles/{cycle}?asOf={Uri.EscapeDataString(then!)}",
            $"/cycles/{allocated}/allocation", $"/proposals/{forum}/forum"]);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Each page for a reader of one role: axe at desktop width, and no sideways scrolling at 360 px, in both languages.</summary>
    private async Task<List<string>> Check(string role, string subject, IReadOnlyList<string> paths)
    {
        var failures = new List<string>();
        foreach (var language in Languages)
        {
            var wide = await SignedIn(role, subject, "/", language);
            var narrow = await SignedIn(role, subject, "/", language, width: 360);
            foreach (var path in paths)
            {
                await wide.GotoAsync(Base + path);
                failures.AddRange(await Violations(wide, $"{language} {role} {path}"));
                await narrow.GotoAsync(Base + path);
                if (!await Fits(narrow)) failures.Add($"{language} {role} {path}: scrolls sideways at 360 px");
            }
        }
        return failures;
    }

    /// <summary>A form sent empty, so its refusal shows beside the field: errors are where accessibility most often breaks.</summary>
    private async Task<IEnumerable<string>> Refused(string role, string subject, string language, string path, string form, string field)
    {
        var page = await SignedIn(role, subject, path, language);
        // The browser's own check of required fields would stop the post before the engine sees it.
        await page.Locator(form).EvaluateAsync("f => f.noValidate = true");
        await page.Locator($"{form} button[type=submit]").Last.ClickAsync();
        await Assertions.Expect(page.Locator(field)).ToHaveAttributeAsync("aria-invalid", "true");
        return await Violations(page, $"{language} {role} {path} (refused)");
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

    /// <summary>The officers' and the committee's pages with work on them: a cycle in prioritisation with a member, a proposal
    /// in deliberation, a funded one.</summary>
    private async Task<(Guid Cycle, Guid Deliberating, Guid Funded)> WorkbenchPages()
    {
        var cycle = await Web.Api.OpenCycle("마포구 주민참여예산 2027", "mapo-gu");
        await Web.Api.Post(Role.Admin, "admin-1", $"/api/cycles/{cycle}/committee", new { memberId = "member-yoon" });
        var deliberating = await Web.Api.Suggest(cycle, "망원시장 자전거 보관소", 20_000_000);
        var funded = await Web.Api.Suggest(cycle, "가로수 그늘길", 40_000_000);
        await Web.Api.Post(Role.Officer, "officer-1", $"/api/proposals/{deliberating}/deliberation", new { });
        await Web.Api.Admit(funded, 40_000_000);
        await Web.Api.Admit(await Web.Api.Suggest(cycle, "작은도서관 야간 개방", 30_000_000), 30_000_000);
        await Web.Api.Advance(cycle, "intake", "deliberation");
        await Budget(funded, 40_000_000);
        return (cycle, deliberating, funded);
    }

    private Task Budget(Guid proposal, long amount) =>
        Web.Services.GetRequiredService<IDocumentStore>().Budget(proposal, amount, Web.Clock.GetCurrentInstant());

    private static async Task<IEnumerable<string>> Violations(IPage page, string where)
    {
        var result = await page.RunAxe(WcagAa);
        Assert.True(result.Passes.Length > 10, $"{where}: axe checked almost nothing ({result.Passes.Length} rules passed)");
        return result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{where}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
    }

    private static Task<bool> Fits(IPage page) => page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth + 1");
}

using Budgeting.Domain.Common;
using Budgeting.Tests.Elections;
using Budgeting.Tests.Pabulib;
using Microsoft.Playwright;

namespace Budgeting.Tests.Browser;

/// <summary>An administrator's morning through the pages, in Korean: a cycle with a vote opened, run and funded from the browser.</summary>
public class AdminFlowTests(BrowserFixture web) : BrowserContext(web)
{
    [Fact]
    public async Task an_admin_opens_a_cycle_with_a_vote_appoints_a_member_advances_a_phase_changes_the_envelope_and_imports_a_pabulib_file()
    {
        var page = await SignedIn(Role.Admin, "admin-1", "/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "예산 주기 열기" }).ClickAsync();
        await Expect(page.Locator("#open-schedule\\.intakeEnds")).ToHaveValueAsync("2026-04-01T18:00");
        await page.GetByLabel("예산 주기 이름").FillAsync("서울시 시민참여예산 2027");
        await page.GetByLabel("배정 방식", new() { Exact = true }).SelectOptionAsync("greedy_cost");
        await page.GetByLabel("투표 방식").SelectOptionAsync("approval");
        await page.GetByLabel("최대 선택 사업 수").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "예산 주기 열기" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("예산 주기를 열었습니다");
        var cycle = Guid.Parse(new Uri(page.Url).AbsolutePath.Split('/')[3]);

        await page.Locator("#appoint-memberId").FillAsync("member-yoon");
        await page.GetByRole(AriaRole.Button, new() { Name = "위촉하기" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("위원을 위촉했습니다");
        await Expect(page.Locator(".member-list")).ToContainTextAsync("member-yoon");

        await page.Locator("#advance-reason").FillAsync("제안이 충분히 모여 숙의를 시작합니다");
        await page.GetByRole(AriaRole.Button, new() { Name = "제안 접수 단계 끝내기" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("단계를 넘겼습니다");
        await Expect(page.Locator(".phase-line .phase-tag")).ToHaveTextAsync("숙의");

        await page.Locator("#envelope-envelope").FillAsync("9,500,000,000");
        await page.Locator("#envelope-reason").FillAsync("시의회 예산 심의 결과");
        await page.GetByRole(AriaRole.Button, new() { Name = "예산 한도 바꾸기" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("예산 한도를 바꾸었습니다");

        var opened = await Web.Api.Get($"/api/cycles/{cycle}");
        Assert.Equal(("greedy_cost", "deliberation", 9_500_000_000L), (opened.GetProperty("rule").GetString(),
            opened.GetProperty("phase").GetString(), opened.GetProperty("envelope").GetInt64()));
        Assert.Equal(("approval", 3), (opened.GetProperty("voting").GetProperty("kind").GetString(),
            opened.GetProperty("voting").GetProperty("maxProjects").GetInt32()));
        Assert.Equal(["member-yoon"], opened.GetProperty("committee").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains(opened.GetProperty("schedule").EnumerateArray(), d => d.GetProperty("phase").GetString() == "voting");

        await page.GetByRole(AriaRole.Link, new() { Name = "관리", Exact = true }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Pabulib 파일 가져오기" }).ClickAsync();
        var (file, name) = PabulibFile();
        await page.GetByLabel("Pabulib 파일").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "가져오기" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("파일을 가져왔습니다");
        await Expect(page.Locator("section[aria-labelledby=elections] tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("section[aria-labelledby=elections]")).ToContainTextAsync(name);
        var elections = await Web.Api.Get("/api/elections");
        Assert.Equal(name, elections.EnumerateArray().Single().GetProperty("fileName").GetString());
    }

    /// <summary>A small real election from the shared Pabulib data where it is present, else the repository's own fixture.</summary>
    private static (string Path, string Name) PabulibFile()
    {
        if (PabulibFolder.Path is { } shared && Path.Combine(shared, "data", "Poland_Zabrze_2021_Konczyce.pb") is var real && File.Exists(real))
            return (real, Path.GetFileName(real));
        var fixture = Path.Combine(Path.GetTempPath(), "krakow-fixture.pb");
        File.WriteAllText(fixture, ElectionFixtures.Krakow);
        return (fixture, Path.GetFileName(fixture));
    }
}

using System.Text.RegularExpressions;
using Budgeting.Domain.Common;
using Microsoft.Playwright;

namespace Budgeting.Tests.Browser;

/// <summary>A citizen's year through the pages, in Korean (and one flow in English), by mouse and by keyboard.</summary>
public class CitizenFlowTests(BrowserFixture web) : BrowserContext(web)
{
    [Fact]
    public async Task a_citizen_suggests_by_keyboard_follows_it_to_admission_and_finds_the_news_in_the_inbox()
    {
        var cycle = await Web.Api.OpenCycle("마포구 주민참여예산 2027", "mapo-gu");
        var page = await SignedIn(Role.Citizen, "citizen-kim", $"/proposals/new?cycle={cycle}");
        await TabTo(page, "#suggest-title");
        await page.Keyboard.TypeAsync("망원 한강공원 그늘막");
        await TabTo(page, "#suggest-description");
        await page.Keyboard.TypeAsync("여름 폭염에 대비해 망원 한강공원 산책로에 그늘막을 설치해 주세요.");
        await TabTo(page, "#suggest-category");
        await page.SelectOptionAsync("#suggest-category", "environment");
        await TabTo(page, "#suggest-costGuess");
        await page.Keyboard.TypeAsync("45000000");
        await TabTo(page, "#suggest button[type=submit]");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page).ToHaveURLAsync(ProposalId());
        await Expect(page.Locator("h1")).ToHaveTextAsync("망원 한강공원 그늘막");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("제안이 접수되었습니다");
        var id = IdIn(page.Url);

        await Web.Api.Admit(id, 40_000_000);
        await page.GotoAsync($"{Base}/proposals/{id}");
        await Expect(page.Locator(".status-tag").First).ToHaveTextAsync("심사 통과");
        await Expect(page.Locator(".timeline li")).ToHaveCountAsync(5);

        // The inbox is fed through the outbox, a moment after each command: the page shows it on a later visit.
        await page.GotoAsync($"{Base}/me");
        for (var i = 0; i < 40 && await page.Locator(".inbox li").CountAsync() < 5; i++)
        {
            await page.WaitForTimeoutAsync(250);
            await page.ReloadAsync();
        }
        await Expect(page.Locator(".inbox li.unread")).ToHaveCountAsync(5);
        await Expect(page.Locator(".inbox li").First).ToContainTextAsync("심사 통과");
        await Expect(page.Locator(".primary-nav .badge")).ToContainTextAsync("5");
    }

    [Fact]
    public async Task a_refused_suggestion_is_announced_beside_its_field_and_the_citizen_corrects_it()
    {
        var cycle = await Web.Api.OpenCycle("서울시 시민참여예산 2027");
        var page = await SignedIn(Role.Citizen, "citizen-kim", $"/proposals/new?cycle={cycle}");
        await page.GetByLabel("제목", new() { Exact = true }).FillAsync("짧");
        await page.GetByLabel("내용", new() { Exact = true }).FillAsync("버스 정류장에 온열 의자를 놓아 주세요.");
        await page.SelectOptionAsync("#suggest-category", "transport");
        await page.GetByRole(AriaRole.Button, new() { Name = "제안 보내기" }).ClickAsync();

        var title = page.Locator("#suggest-title");
        await Expect(title).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#suggest-title-error")).ToHaveTextAsync("제목은(는) 3자 이상이어야 합니다.");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("입력한 내용을 확인해 주세요");
        await title.FillAsync("정류장 온열 의자");
        await page.GetByRole(AriaRole.Button, new() { Name = "제안 보내기" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(ProposalId());
    }

    [Fact]
    public async Task a_resident_votes_by_keyboard_sees_the_running_total_replaces_the_ballot_and_reads_the_tallies_after_the_close()
    {
        var cycle = await Web.Api.OpenCycle("서울시 시민참여예산 2027", voting: new { kind = "approval", minProjects = 1, maxProjects = 2 },
            rule: "greedy_cost");
        var shade = await Web.Api.Suggest(cycle, "가로수 그늘길", 40_000_000);
        var wifi = await Web.Api.Suggest(cycle, "공공 와이파이", 30_000_000);
        await Web.Api.Admit(shade, 40_000_000);
        await Web.Api.Admit(wifi, 30_000_000);
        await Web.Api.Advance(cycle, "intake", "deliberation", "prioritisation");

        var page = await SignedIn(Role.Citizen, "voter-lim", $"/cycles/{cycle}/ballot");
        await Expect(page.Locator("h1")).ToHaveTextAsync("투표하기");
        var boxes = page.Locator("#ballot input[type=checkbox]");
        await TabTo(page, "#choice-0");
        await page.Keyboard.PressAsync("Space");
        await TabTo(page, "#choice-1");
        await page.Keyboard.PressAsync("Space");
        await Expect(page.Locator(".running-total")).ToContainTextAsync("2개 선택");
        await Expect(page.Locator(".running-total")).ToContainTextAsync("70,000,000원");
        await TabTo(page, "button[value=review]");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#ballot-total")).ToContainTextAsync("2개 선택, 비용 합계 70,000,000원");
        await TabTo(page, "button[value=cast]");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("투표가 접수되었습니다");

        await Expect(boxes.First).Not.ToBeCheckedAsync();
        await page.GetByLabel("공공 와이파이").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "다시 투표하기(이전 투표 대신)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("새 투표로 바꾸었습니다");

        await Web.Api.Advance(cycle, "voting");
        await page.GotoAsync($"{Base}/cycles/{cycle}");
        var tallies = page.Locator("section[aria-labelledby=tallies]");
        await Expect(tallies).ToContainTextAsync("투표 1표");
        await Expect(tallies.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(tallies).ToContainTextAsync("공공 와이파이");
    }

    [Fact]
    public async Task in_english_a_citizen_switches_language_and_suggests()
    {
        var cycle = await Web.Api.OpenCycle("Seoul participatory budget 2027");
        var page = await SignedIn(Role.Citizen, "citizen-smith", $"/proposals/new?cycle={cycle}");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Benches along the Hongje stream");
        await page.GetByLabel("Description", new() { Exact = true }).FillAsync("Shaded benches every 200 metres along the stream path.");
        await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Environment" });
        await page.GetByLabel("District").SelectOptionAsync(new SelectOptionValue { Label = "Seodaemun-gu" });
        await page.GetByLabel(new Regex("^Cost guess")).FillAsync("₩12,000,000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the proposal" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(ProposalId());
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your proposal has been received");
        await Expect(page.Locator("aside")).ToContainTextAsync("₩12,000,000");
        await Expect(page.Locator("aside")).ToContainTextAsync("Seodaemun-gu");
        var details = await Web.Api.Get($"/api/proposals/{IdIn(page.Url)}");
        Assert.Equal(("seodaemun-gu", 12_000_000L), (details.GetProperty("district").GetString(), details.GetProperty("costGuess").GetInt64()));
    }
}

using Budgeting.Domain.Common;
using Microsoft.Playwright;

namespace Budgeting.Tests.Browser;

/// <summary>
/// One year of a district's cycle through the pages alone, in Korean: an administrator opens it with a vote; citizens
/// suggest; an officer deliberates, admits one proposal and declines another, whose appeal is upheld before it is
/// admitted too; the committee scores with one member recused and recommends; residents vote; the committee closes the
/// allocation; the council cuts a project; the officer records milestones and spending with an approved overrun; an
/// auditor files an evaluation. At the end the cycle page's ledger says what GET /api/cycles/{id}/ledger says.
/// </summary>
public class WorkbenchYearTests(BrowserFixture web) : BrowserContext(web)
{
    private IPage admin = null!, officer = null!;
    private Guid cycle;

    [Fact]
    public async Task a_district_runs_a_whole_cycle_from_the_browser_alone()
    {
        admin = await SignedIn(Role.Admin, "admin-1", "/admin/cycles/new");
        officer = await SignedIn(Role.Officer, "officer-1", "/officer");
        await Open();
        await Appoint("member-a");
        await Appoint("member-b");

        var shade = await Suggest("citizen-1", "망원 놀이터 그늘막", "여름 폭염에 대비해 망원동 놀이터 세 곳에 그늘막을 설치해 주세요.");
        var library = await Suggest("citizen-2", "작은도서관 야간 개방", "아파트 단지 작은도서관 다섯 곳을 평일 밤 10시까지 열어 주세요.");
        await Advance("제안 접수");

        await Officer(shade, "deliberation");
        await Officer(shade, "discussion", ("#discussion-summary", "설치 위치를 놀이터 세 곳으로 정했습니다."));
        await Estimate(shade, ("그늘막 제작", "60,000,000"), ("설치", "30,000,000"));
        await Officer(shade, "feasibility-form", ("#feasibility-reason", "구청 부지로 설치할 수 있습니다."), check: "input[name='Feasibility.Feasible'][value=true]");
        await Officer(shade, "admission");

        await Officer(library, "deliberation");
        await Officer(library, "decline", ("#decline-reason", "운영 인력 예산이 참여예산 범위를 넘습니다."));
        var citizen = await SignedIn(Role.Citizen, "citizen-2", $"/proposals/{library}");
        await citizen.Locator("#appeal-reason").FillAsync("자원봉사자로 운영하면 인력 예산이 들지 않습니다.");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "이의 신청하기" }).ClickAsync();
        await Expect(citizen.GetByRole(AriaRole.Status)).ToContainTextAsync("이의 신청이 접수되었습니다");
        await Officer(library, "appeal-decision", ("#appeal-decision-reason", "자원봉사 운영안으로 다시 검토합니다."), check: "input[name='Decision.Upheld'][value=true]");
        await Estimate(library, ("연장 운영 장비", "50,000,000"));
        await Officer(library, "feasibility-form", ("#feasibility-reason", "자원봉사 운영으로 가능합니다."), check: "input[name='Feasibility.Feasible'][value=true]");
        await Officer(library, "admission");
        await Advance("숙의");

        var memberA = await SignedIn(Role.Committee, "member-a", $"/committee/{cycle}");
        await Score(memberA, shade, 9, "폭염 대비가 시급하고 효과가 큽니다.");
        await Score(memberA, library, 7, "야간 학습 공간이 부족한 지역입니다.");
        var memberB = await SignedIn(Role.Committee, "member-b", $"/committee/{cycle}");
        await memberB.Locator($"#p-{shade} summary").ClickAsync();
        await memberB.Locator($"#recuse-{shade:N}-reason").FillAsync("제안자와 같은 단지에 삽니다.");
        await memberB.Locator($"#p-{shade}").GetByRole(AriaRole.Button, new() { Name = "회피 신청하기" }).ClickAsync();
        await Expect(memberB.Locator($"#p-{shade}")).ToContainTextAsync("이해충돌로 회피했습니다");
        await Score(memberB, library, 8, "주민 수요 조사 결과가 좋습니다.");
        await memberA.GotoAsync($"{Base}/committee/{cycle}");
        await memberA.GetByRole(AriaRole.Button, new() { Name = "확정할 내용 확인" }).ClickAsync();
        await memberA.GetByRole(AriaRole.Button, new() { Name = "권고 확정하기" }).ClickAsync();
        await Expect(memberA.GetByRole(AriaRole.Status)).ToContainTextAsync("권고를 확정했습니다");
        await Advance("우선순위 심사");

        foreach (var (voter, choice) in new[] { ("voter-1", "망원 놀이터 그늘막"), ("voter-2", "망원 놀이터 그늘막"), ("voter-3", "작은도서관 야간 개방") })
        {
            var ballot = await SignedIn(Role.Citizen, voter, $"/cycles/{cycle}/ballot");
            await ballot.GetByLabel(choice).CheckAsync();
            await ballot.GetByRole(AriaRole.Button, new() { Name = "투표하기" }).ClickAsync();
            await Expect(ballot.GetByRole(AriaRole.Status)).ToContainTextAsync("투표가 접수되었습니다");
        }
        await Advance("시민 투표");

        await memberA.GotoAsync($"{Base}/committee/{cycle}");
        await memberA.GetByRole(AriaRole.Button, new() { Name = "배정 결과 미리 보기" }).ClickAsync();
        await memberA.GetByRole(AriaRole.Button, new() { Name = "배정 확정하기" }).ClickAsync();
        await Expect(memberA.GetByRole(AriaRole.Status)).ToContainTextAsync("배정을 확정했습니다");
        await Funded(shade, library);

        await admin.GotoAsync($"{Base}/admin/proposals/{library}/funding");
        await admin.Locator("#adjust-newAmount").FillAsync("40,000,000");
        await admin.Locator("#adjust-councilReference").FillAsync("마포구의회 제2027-12호");
        await admin.Locator("#adjust-reason").FillAsync("장비 구매 단가 조정");
        await admin.Locator("form#adjust button[type=submit]").ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("의회 조정을 기록했습니다");
        await Advance("예산 배정");

        await Officer(shade, "implementation");
        await Officer(shade, "milestone", ("#milestone-title", "그늘막 제작 완료"), ("#milestone-progress", "60"));
        await Officer(shade, "spending", ("#spending-amount", "85,000,000"), ("#spending-description", "그늘막 제작비"));
        await officer.GotoAsync($"{Base}/proposals/{shade}#spending");
        await officer.Locator("#spending-amount").FillAsync("10,000,000");
        await officer.Locator("#spending-description").FillAsync("설치비");
        await officer.Locator("#spending button[type=submit]").ClickAsync();
        await Expect(officer.Locator("#spending-amount-error")).ToContainTextAsync("승인된 초과 집행 없이");
        await Officer(shade, "overrun", ("#overrun-amount", "5,000,000"), ("#overrun-reason", "자재비 인상"));
        await Officer(shade, "spending", ("#spending-amount", "10,000,000"), ("#spending-description", "설치비"));
        await Officer(shade, "completion");
        var auditor = await SignedIn(Role.Auditor, "auditor-1", $"/proposals/{shade}");
        await auditor.SelectOptionAsync("#evaluation-rating", "4");
        await auditor.Locator("#evaluation-findings").FillAsync("약속한 세 곳에 모두 설치되었습니다.");
        await auditor.GetByRole(AriaRole.Button, new() { Name = "평가 등록하기" }).ClickAsync();
        await Expect(auditor.GetByRole(AriaRole.Status)).ToContainTextAsync("평가를 등록했습니다");

        await LedgerAgrees();
    }

    private async Task Open()
    {
        await admin.Locator("#open-name").FillAsync("마포구 주민참여예산 2027");
        await admin.SelectOptionAsync("#open-scope", "mapo-gu");
        await admin.Locator("#open-envelope").FillAsync("200,000,000");
        await admin.SelectOptionAsync("#open-rule", "blend_committee_vote");
        await admin.SelectOptionAsync("#open-voting\\.kind", "approval");
        await admin.Locator("form#open button[type=submit]").Last.ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("예산 주기를 열었습니다");
        cycle = Guid.Parse(new Uri(admin.Url).AbsolutePath.Split('/')[3]);
    }

    private async Task Appoint(string member)
    {
        await admin.GotoAsync($"{Base}/admin/cycles/{cycle}");
        await admin.Locator("#appoint-memberId").FillAsync(member);
        await admin.GetByRole(AriaRole.Button, new() { Name = "위촉하기" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("위원을 위촉했습니다");
    }

    private async Task Advance(string phase)
    {
        await admin.GotoAsync($"{Base}/admin/cycles/{cycle}");
        await admin.Locator("#advance-reason").FillAsync("일정에 따라 다음 단계로 넘어갑니다");
        await admin.GetByRole(AriaRole.Button, new() { Name = $"{phase} 단계 끝내기" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("단계를 넘겼습니다");
    }

    private async Task<Guid> Suggest(string citizen, string title, string description)
    {
        var page = await SignedIn(Role.Citizen, citizen, $"/proposals/new?cycle={cycle}");
        await page.Locator("#suggest-title").FillAsync(title);
        await page.Locator("#suggest-description").FillAsync(description);
        await page.SelectOptionAsync("#suggest-category", "welfare");
        await page.GetByRole(AriaRole.Button, new() { Name = "제안 보내기" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(ProposalId());
        return IdIn(page.Url);
    }

    /// <summary>The officer fills a form of the proposal's page and sends it; the page comes back with its notice.</summary>
    private async Task Officer(Guid proposal, string form, params (string Field, string Value)[] fields) => await Officer(proposal, form, null, fields);

    private async Task Officer(Guid proposal, string form, (string, string) field, string check) => await Officer(proposal, form, check, field);

    private async Task Officer(Guid proposal, string form, string? check, params (string Field, string Value)[] fields)
    {
        await officer.GotoAsync($"{Base}/proposals/{proposal}");
        var target = officer.Locator($"form#{form}");
        if (check is not null) await target.Locator(check).CheckAsync();
        foreach (var (field, value) in fields) await officer.Locator(field).FillAsync(value);
        await target.Locator("button[type=submit]").Last.ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
    }

    private async Task Estimate(Guid proposal, params (string Item, string Amount)[] lines)
    {
        await officer.GotoAsync($"{Base}/proposals/{proposal}");
        for (var i = 0; i < lines.Length; i++)
        {
            if (i >= 2) await officer.GetByRole(AriaRole.Button, new() { Name = "줄 추가" }).ClickAsync();
            await officer.Locator($"[id='estimate-lineItems[{i}].description']").FillAsync(lines[i].Item);
            await officer.Locator($"[id='estimate-lineItems[{i}].amount']").FillAsync(lines[i].Amount);
        }
        await officer.GetByRole(AriaRole.Button, new() { Name = "산정 저장하기" }).ClickAsync();
        await Expect(officer.GetByRole(AriaRole.Status)).ToContainTextAsync("비용 산정을 저장했습니다");
    }

    private async Task Score(IPage member, Guid proposal, int each, string why)
    {
        await member.GotoAsync($"{Base}/committee/{cycle}");
        foreach (var criterion in new[] { "publicBenefit", "feasibility", "reach", "urgency" })
            await member.SelectOptionAsync($"#score-{proposal:N}-{criterion}", each.ToString());
        await member.Locator($"#score-{proposal:N}-rationale").FillAsync(why);
        await member.Locator($"#p-{proposal}").GetByRole(AriaRole.Button, new() { Name = "점수 저장" }).ClickAsync();
        await Expect(member.GetByRole(AriaRole.Status)).ToContainTextAsync("점수를 저장했습니다");
    }

    /// <summary>The allocation reaches each proposal through the outbox a moment after it is recorded.</summary>
    private async Task Funded(params Guid[] proposals)
    {
        foreach (var proposal in proposals)
            for (var i = 0; i < 40 && (await Web.Api.Get($"/api/proposals/{proposal}")).GetProperty("status").GetString() != "budgeted"; i++)
                await Task.Delay(250);
    }

    private async Task LedgerAgrees()
    {
        var ledger = await Web.Api.Get($"/api/cycles/{cycle}/ledger");
        var page = await Web.NewPage();
        await page.GotoAsync($"{Base}/cycles/{cycle}");
        var facts = page.Locator("section[aria-labelledby=ledger] .facts dd");
        string Won(string field) => ledger.GetProperty(field).GetInt64().ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + "원";
        await Expect(facts.Nth(0)).ToHaveTextAsync(Won("envelope"));
        await Expect(facts.Nth(1)).ToHaveTextAsync(Won("allocated"));
        await Expect(facts.Nth(2)).ToHaveTextAsync(Won("spent"));
        await Expect(facts.Nth(3)).ToHaveTextAsync(Won("remaining"));
        Assert.Equal((95_000_000L, 130_000_000L), (ledger.GetProperty("spent").GetInt64(), ledger.GetProperty("allocated").GetInt64()));
        Assert.Equal(2, ledger.GetProperty("funded").GetArrayLength());
    }
}

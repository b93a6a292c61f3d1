using System.Net;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Web;

public class OfficerPageTests(AppFixture app) : PageContext(app)
{
    private const string Choi = "officer-choi";

    private static Dictionary<string, string?> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => (string?)f.Value);

    [Fact]
    public async Task the_queue_lists_what_waits_on_the_city_oldest_first_with_counts_per_kind()
    {
        var cycle = await OpenCycle();
        var first = await Suggest(cycle, "먼저 들어온 제안");
        App.Clock.Advance(NodaTime.Duration.FromHours(1));
        var second = await Suggest(cycle, "나중에 들어온 제안");
        App.Clock.Advance(NodaTime.Duration.FromHours(1));
        await Officer(first, "deliberation", new { });

        var page = await (await SignedIn(Role.Officer, Choi)).Get("/officer");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var titles = page.Document.QuerySelectorAll(".queue h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["나중에 들어온 제안", "먼저 들어온 제안"], titles);
        var counts = page.Document.QuerySelectorAll(".counts a").ToDictionary(a => a.TextContent.Trim()[1..].Trim(), a => a.QuerySelector(".count")!.TextContent);
        Assert.Equal(("1", "1"), (counts["숙의 시작 대기"], counts["협의 대기"]));
        var onlyDiscussions = await (await SignedIn(Role.Officer, Choi)).Get("/officer?kind=Discussion");
        Assert.Equal(["먼저 들어온 제안"], onlyDiscussions.Document.QuerySelectorAll(".queue h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(HttpStatusCode.Redirect, (await Browser().Get("/officer")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await SignedIn(Role.Citizen, "citizen-park")).Get("/officer")).Status);
        _ = second;
    }

    [Fact]
    public async Task an_officer_takes_a_proposal_from_suggestion_to_admission_through_its_page()
    {
        var id = await Suggest(await OpenCycle());
        var officer = await SignedIn(Role.Officer, Choi);
        async Task<Page> Do(string form, Dictionary<string, string?>? values = null, string? button = null)
        {
            var done = await officer.Submit(await officer.Get($"/proposals/{id}"), form, values, button);
            Assert.True(done.Status == HttpStatusCode.Redirect, $"{form}: {done.Status} {done.Document.QuerySelector("[role=alert]")?.TextContent}");
            return done;
        }

        await Do("deliberation");
        await Do("discussion", Fields(("Discussion.HeldOn", "2026-03-01"), ("Discussion.Participants", "citizen-kim, 도시계획과 주무관"),
            ("Discussion.Summary", "설치 위치를 놀이터 세 곳으로 정했습니다.")));

        var form = await officer.Get($"/proposals/{id}");
        Assert.Equal(2, form.Form("estimate").QuerySelectorAll("tbody tr").Length);
        var grown = await officer.Submit(form, "estimate", Fields(("Estimate.Lines[0].Description", "그늘막"), ("Estimate.Lines[0].Amount", "12,000,000")),
            "Estimate.Step=add");
        Assert.Equal(3, grown.Form("estimate").QuerySelectorAll("tbody tr").Length);
        Assert.Contains("12,000,000원", grown.Document.GetElementById("estimate-total")!.TextContent);
        var notWhole = await officer.Submit(grown, "estimate", Fields(("Estimate.Lines[1].Description", "설치"), ("Estimate.Lines[1].Amount", "삼백만")),
            "Estimate.Step=save");
        Assert.Equal(HttpStatusCode.BadRequest, notWhole.Status);
        Assert.NotNull(notWhole.FieldError("estimate-lineItems[1].amount"));
        var saved = await officer.Submit(grown, "estimate", Fields(("Estimate.Lines[1].Description", "설치"), ("Estimate.Lines[1].Amount", "3000000")),
            "Estimate.Step=save");
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(15_000_000, (await GetJson($"/api/proposals/{id}")).GetProperty("costEstimate").GetProperty("total").GetInt64());

        Assert.False((await officer.Get($"/proposals/{id}")).HasForm("admission"));
        await Do("feasibility", Fields(("Feasibility.Feasible", "true"), ("Feasibility.Reason", "구청 부지로 설치 가능")));
        await Do("admission");
        var details = await GetJson($"/api/proposals/{id}");
        Assert.Equal(("admitted", 6L), (details.GetProperty("status").GetString(), details.GetProperty("version").GetInt64()));
        Assert.False((await officer.Get($"/proposals/{id}")).HasForm("admission"));
    }

    [Fact]
    public async Task a_decline_is_appealed_and_upheld_and_funded_work_is_recorded_with_an_approved_overrun()
    {
        var cycle = await OpenCycle();
        var declined = await Suggest(cycle);
        await Officer(declined, "deliberation", new { });
        var officer = await SignedIn(Role.Officer, Choi);
        var refused = await officer.Submit(await officer.Get($"/proposals/{declined}"), "decline");
        Assert.Equal("사유을(를) 입력해 주세요.", refused.FieldError("decline-reason"));
        await officer.Submit(await officer.Get($"/proposals/{declined}"), "decline", Fields(("Declining.Reason", "예산 범위를 넘습니다")));
        await Command(declined, "appeal", new { reason = "범위를 줄이겠습니다" }, Role.Citizen, 200, Citizen);
        await officer.Submit(await officer.Get($"/proposals/{declined}"), "appeal-decision", Fields(("Decision.Upheld", "true"), ("Decision.Reason", "축소안으로 재검토")));
        Assert.Equal("inDeliberation", (await GetJson($"/api/proposals/{declined}")).GetProperty("status").GetString());

        var funded = await Admitted(cycle, "공원 벤치 교체");
        await Budget(funded, 20_000_000);
        foreach (var (form, values) in new (string, Dictionary<string, string?>?)[]
                 {
                     ("implementation", null),
                     ("milestone", Fields(("Milestone.Title", "설계 완료"), ("Milestone.Progress", "30"))),
                     ("spending", Fields(("Spending.Amount", "15,000,000"), ("Spending.Description", "벤치 구매"))),
                 })
            Assert.Equal(HttpStatusCode.Redirect, (await officer.Submit(await officer.Get($"/proposals/{funded}"), form, values)).Status);
        var over = await officer.Submit(await officer.Get($"/proposals/{funded}"), "spending",
            Fields(("Spending.Amount", "8,000,000"), ("Spending.Description", "설치비")));
        Assert.Equal(HttpStatusCode.Conflict, over.Status);
        Assert.Contains("승인된 초과 집행 없이", over.FieldError("spending-amount"));
        await officer.Submit(await officer.Get($"/proposals/{funded}"), "overrun", Fields(("Overrun.Amount", "3000000"), ("Overrun.Reason", "자재비 인상")));
        await officer.Submit(await officer.Get($"/proposals/{funded}"), "spending", Fields(("Spending.Amount", "8,000,000"), ("Spending.Description", "설치비")));
        await officer.Submit(await officer.Get($"/proposals/{funded}"), "completion");
        var auditor = await SignedIn(Role.Auditor, "auditor-han");
        await auditor.Submit(await auditor.Get($"/proposals/{funded}"), "evaluation", Fields(("Evaluation.Rating", "4"), ("Evaluation.Findings", "약속대로 설치되었습니다.")));
        var details = await GetJson($"/api/proposals/{funded}");
        Assert.Equal(("evaluated", 23_000_000L, 3_000_000L), (details.GetProperty("status").GetString(), details.GetProperty("spent").GetInt64(),
            details.GetProperty("approvedOverrun").GetInt64()));
    }

    [Fact]
    public async Task an_officers_stale_page_names_what_changed_and_writes_nothing()
    {
        var id = await Suggest(await OpenCycle());
        await Officer(id, "deliberation", new { });
        var officer = await SignedIn(Role.Officer, Choi);
        var opened = await officer.Get($"/proposals/{id}");
        await Command(id, "revisions", new { title = "제목을 바꾼 제안", description = "설명도 새로 썼습니다. 충분히 깁니다.", category = "safety" },
            Role.Citizen, 200, Citizen);
        var stale = await officer.Submit(opened, "decline", Fields(("Declining.Reason", "중복 제안입니다")));
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("이 화면을 연 뒤에 기록이 바뀌었습니다", stale.Text);
        Assert.Contains("제안 수정", stale.Document.QuerySelector("[role=alert]")!.TextContent);
        Assert.Contains("제목을 바꾼 제안", stale.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("inDeliberation", (await GetJson($"/api/proposals/{id}")).GetProperty("status").GetString());
    }
}

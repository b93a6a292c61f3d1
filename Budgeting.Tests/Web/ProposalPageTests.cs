using System.Net;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;
using Wolverine;
using Wolverine.Tracking;

namespace Budgeting.Tests.Web;

public class ProposalPageTests(AppFixture app) : PageContext(app)
{
    [Fact]
    public async Task the_page_shows_the_costing_and_a_timeline_of_who_did_what_when_and_why()
    {
        var id = await Admitted(await OpenCycle());
        await Command(id, "withdrawal", new { reason = "다른 사업과 겹칩니다" }, Role.Citizen, 200, Citizen);
        var page = await Browser().Get($"/proposals/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("그늘막 20개", page.Document.QuerySelector("#estimate ~ .table-scroll, section[aria-labelledby=estimate]")!.TextContent);
        Assert.Contains("24,000,000원", page.Text);
        var timeline = page.Document.QuerySelectorAll(".timeline li").Select(li => li.TextContent).ToList();
        Assert.Equal(6, timeline.Count);
        Assert.Contains("제안 접수", timeline[0]);
        Assert.Contains("담당 공무원", timeline[1]);
        Assert.Contains("다른 사업과 겹칩니다", timeline[5]);
        Assert.Contains("철회됨", page.Document.QuerySelector(".status-tag")!.TextContent);
    }

    [Fact]
    public async Task the_proposer_withdraws_from_the_page_and_others_never_see_the_form()
    {
        var id = await Suggest(await OpenCycle());
        var stranger = await SignedIn(Role.Citizen, "citizen-stranger");
        Assert.False((await stranger.Get($"/proposals/{id}")).HasForm("withdraw"));
        Assert.False((await Browser().Get($"/proposals/{id}")).HasForm("withdraw"));

        var proposer = await SignedIn(Role.Citizen, Citizen);
        var page = await proposer.Get($"/proposals/{id}");
        var done = await proposer.Submit(page, "withdraw", new Dictionary<string, string?> { ["Withdrawal.Reason"] = "사정이 생겼습니다" });
        Assert.Equal($"/proposals/{id}?done=withdrawn", done.Location);
        Assert.Equal("withdrawn", (await GetJson($"/api/proposals/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task a_role_that_may_not_act_gets_403_on_a_post_and_nothing_changes()
    {
        var id = await Suggest(await OpenCycle());
        var proposer = await SignedIn(Role.Citizen, Citizen);
        var page = await proposer.Get($"/proposals/{id}");
        var stranger = await SignedIn(Role.Citizen, "citizen-stranger");
        var strangersPage = await stranger.Get($"/proposals/{id}");
        var token = strangersPage.Document.QuerySelector("#signout input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await stranger.Post($"/proposals/{id}", new Dictionary<string, string>
        {
            ["_handler"] = "withdraw", ["__RequestVerificationToken"] = token, ["Withdrawal.Version"] = "1",
        });
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.Contains("제안자 본인", forged.Text);
        Assert.Equal("suggested", (await GetJson($"/api/proposals/{id}")).GetProperty("status").GetString());
        Assert.True(page.HasForm("withdraw"));
    }

    [Fact]
    public async Task a_stale_page_says_what_changed_and_overwrites_nothing()
    {
        var id = await Suggest(await OpenCycle());
        var proposer = await SignedIn(Role.Citizen, Citizen);
        var opened = await proposer.Get($"/proposals/{id}");
        await Officer(id, "deliberation", new { });
        var stale = await proposer.Submit(opened, "withdraw");
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("이 화면을 연 뒤에 기록이 바뀌었습니다(그 사이 기록: 숙의 시작)", stale.Text);
        Assert.Contains("숙의 중", stale.Document.QuerySelector(".status-tag")!.TextContent);
        Assert.Equal("inDeliberation", (await GetJson($"/api/proposals/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task a_declined_proposal_is_appealed_once_from_its_page()
    {
        var id = await Suggest(await OpenCycle());
        await Officer(id, "deliberation", new { });
        await Officer(id, "decline", new { reason = "예산 범위를 넘습니다" });
        var proposer = await SignedIn(Role.Citizen, Citizen);
        var page = await proposer.Get($"/proposals/{id}");
        Assert.Contains("예산 범위를 넘습니다", page.Text);
        var empty = await proposer.Submit(page, "appeal");
        Assert.Equal("사유을(를) 입력해 주세요.", empty.FieldError("appeal-reason"));
        var filed = await proposer.Submit(page, "appeal", new Dictionary<string, string?> { ["Appealing.Reason"] = "구청 예산으로 가능합니다" });
        Assert.Equal(HttpStatusCode.Redirect, filed.Status);
        Assert.False((await proposer.Get($"/proposals/{id}")).HasForm("appeal"));
    }

    [Fact]
    public async Task the_proposer_revises_into_a_new_version_and_erases_their_contact()
    {
        var id = await Suggest(await OpenCycle());
        var proposer = await SignedIn(Role.Citizen, Citizen);
        var form = await proposer.Get($"/proposals/{id}/revise");
        Assert.Equal("어린이놀이터 그늘막 설치", form.Document.GetElementById("revise-title")!.GetAttribute("value"));
        var revised = await proposer.Submit(form, "revise", new Dictionary<string, string?> { ["Form.Title"] = "어린이놀이터 그늘막과 벤치" });
        Assert.Equal($"/proposals/{id}?done=revised", revised.Location);
        var details = await GetJson($"/api/proposals/{id}");
        Assert.Equal(("어린이놀이터 그늘막과 벤치", 2), (details.GetProperty("title").GetString(), details.GetProperty("conceptVersion").GetInt32()));

        var erased = await proposer.Submit(await proposer.Get($"/proposals/{id}"), "erase");
        Assert.Equal($"/proposals/{id}?done=erased", erased.Location);
        await using var session = App.Store.QuerySession();
        Assert.Null(await session.LoadAsync<Budgeting.Api.Proposals.PersonalData.ProposerContact>(id));
    }

    [Fact]
    public async Task my_page_lists_my_proposals_and_an_inbox_whose_unread_count_is_in_the_header()
    {
        var cycle = await OpenCycle();
        var id = Guid.Empty;
        await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
        {
            id = await Suggest(cycle);
            await Officer(id, "deliberation", new { });
        }));
        var me = await SignedIn(Role.Citizen, Citizen);
        var page = await me.Get("/me");
        Assert.Contains("어린이놀이터 그늘막 설치", page.Document.QuerySelector("table")!.TextContent);
        Assert.Equal(2, page.Document.QuerySelectorAll(".inbox li.unread").Length);
        Assert.StartsWith("2", page.Document.QuerySelector(".primary-nav .badge")!.TextContent);
        var read = await me.Submit(page, "read");
        Assert.Equal("/me?done=read", read.Location);
        Assert.Null((await me.Get("/me")).Document.QuerySelector(".primary-nav .badge"));
    }
}

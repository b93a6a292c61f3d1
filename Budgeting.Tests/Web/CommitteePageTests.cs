using System.Net;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Web;

public class CommitteePageTests(AppFixture app) : PageContext(app)
{
    private const string Second = "member-second";

    private async Task<(Guid Cycle, Guid Shade, Guid Wifi)> Prioritising()
    {
        var cycle = await OpenCycle();
        foreach (var member in new[] { Chair, Second }) await Post($"/api/cycles/{cycle}/committee", new { memberId = member }, Role.Admin, 200);
        var shade = await Admitted(cycle, "가로수 그늘길");
        var wifi = await Admitted(cycle, "공공 와이파이");
        await Advance(cycle, "intake");
        await Advance(cycle, "deliberation");
        return (cycle, shade, wifi);
    }

    private static Dictionary<string, string?> Scores(int a, int b, int c, int d, string why) => new()
    {
        ["Scoring.PublicBenefit"] = a.ToString(), ["Scoring.Feasibility"] = b.ToString(), ["Scoring.Reach"] = c.ToString(),
        ["Scoring.Urgency"] = d.ToString(), ["Scoring.Rationale"] = why,
    };

    private static string Scope(Guid proposal) => proposal.ToString("N");

    [Fact]
    public async Task a_member_scores_on_the_sheet_sees_progress_and_the_exact_ranking_and_a_recused_member_cannot_score()
    {
        var (cycle, shade, wifi) = await Prioritising();
        var chair = await SignedIn(Role.Committee, Chair);
        var sheet = await chair.Get($"/committee/{cycle}");
        Assert.Contains("2건 중 0건 심사함", sheet.Text);
        var bad = await chair.Submit(sheet, $"[{Scope(shade)}]score", Scores(9, 8, 9, 7, "짧음"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal("심사 의견은(는) 10자 이상이어야 합니다.", bad.FieldError($"score-{Scope(shade)}-rationale"));
        var saved = await chair.Submit(sheet, $"[{Scope(shade)}]score", Scores(9, 8, 9, 7, "주민 체감 효과가 매우 큽니다."));
        Assert.Equal($"/committee/{cycle}?done=scored", saved.Location!.Split('#')[0]);
        await chair.Submit(await chair.Get($"/committee/{cycle}"), $"[{Scope(wifi)}]score", Scores(8, 8, 8, 8, "필요하지만 시급성은 보통입니다."));
        var after = await chair.Get($"/committee/{cycle}");
        Assert.Contains("2건 중 2건 심사함", after.Text);
        Assert.Equal("9", after.Document.GetElementById($"score-{Scope(shade)}-publicBenefit")!.QuerySelector("option[selected]")!.TextContent);
        var ranking = after.Document.QuerySelectorAll("section[aria-labelledby=ranking] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains("33 ÷ 4 = 8.25", ranking[0]);
        Assert.Contains("32 ÷ 4 = 8", ranking[1]);

        var second = await SignedIn(Role.Committee, Second);
        var recused = await second.Submit(await second.Get($"/committee/{cycle}"), $"[{Scope(shade)}]recuse",
            new Dictionary<string, string?> { ["Recusal.Reason"] = "제안자가 가족입니다" });
        Assert.Equal(HttpStatusCode.Redirect, recused.Status);
        var secondSheet = await second.Get($"/committee/{cycle}");
        Assert.Contains("이해충돌로 회피했습니다: 제안자가 가족입니다", secondSheet.Text);
        Assert.False(secondSheet.HasForm($"[{Scope(shade)}]score"));
        Assert.Contains("1건 중 0건 심사함", secondSheet.Text);
    }

    [Fact]
    public async Task freezing_the_recommendation_names_what_is_frozen_and_a_score_in_between_makes_the_confirmation_stale()
    {
        var (cycle, shade, wifi) = await Prioritising();
        var chair = await SignedIn(Role.Committee, Chair);
        await chair.Submit(await chair.Get($"/committee/{cycle}"), $"[{Scope(shade)}]score", Scores(9, 8, 9, 7, "주민 체감 효과가 매우 큽니다."));
        var review = await chair.Submit(await chair.Get($"/committee/{cycle}"), "recommend", null, "Freeze.Step=review");
        Assert.Contains("다음 1건의 순위를 권고로 확정합니다", review.Text);
        await Post($"/api/cycles/{cycle}/scores", new
        {
            proposalId = wifi, scores = new { publicBenefit = 7, feasibility = 7, reach = 7, urgency = 7 }, rationale = "보통 수준의 효과입니다.",
        }, Role.Committee, 200, Second);
        var stale = await chair.Submit(review, "recommend", null, "Freeze.Step=confirm");
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("점수 기록", stale.Document.QuerySelector("[role=alert]")!.TextContent);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await GetJson($"/api/cycles/{cycle}")).GetProperty("recommendation").ValueKind);

        var again = await chair.Submit(await chair.Get($"/committee/{cycle}"), "recommend", null, "Freeze.Step=review");
        Assert.Contains("다음 2건의 순위를 권고로 확정합니다", again.Text);
        var frozen = await chair.Submit(again, "recommend", null, "Freeze.Step=confirm");
        Assert.Equal(HttpStatusCode.Redirect, frozen.Status);
        Assert.Equal(2, (await GetJson($"/api/cycles/{cycle}")).GetProperty("recommendation").GetArrayLength());

        await Advance(cycle, "prioritisation");
        var allocation = await chair.Submit(await chair.Get($"/committee/{cycle}"), "allocate", null, "Close.Step=review");
        Assert.Contains("가로수 그늘길", allocation.Form("allocate").TextContent);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await GetJson($"/api/cycles/{cycle}")).GetProperty("allocation").ValueKind);
        var closed = await chair.Submit(allocation, "allocate", null, "Close.Step=confirm");
        Assert.Equal(HttpStatusCode.Redirect, closed.Status);
        Assert.Equal(2, (await GetJson($"/api/cycles/{cycle}")).GetProperty("allocation").GetProperty("funded").GetArrayLength());
    }

    [Fact]
    public async Task only_the_cycles_own_members_open_its_sheet()
    {
        var (cycle, _, _) = await Prioritising();
        Assert.Equal(HttpStatusCode.OK, (await (await SignedIn(Role.Committee, Chair)).Get($"/committee/{cycle}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await SignedIn(Role.Committee, "member-elsewhere")).Get($"/committee/{cycle}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await SignedIn(Role.Officer, "officer-choi")).Get($"/committee/{cycle}")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await Browser().Get($"/committee/{cycle}")).Status);
        var index = await (await SignedIn(Role.Committee, Chair)).Get("/committee");
        Assert.NotNull(index.Document.QuerySelector($"a[href='/committee/{cycle}']"));
    }
}

using System.Net;
using Alba;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;
using Wolverine;
using Wolverine.Tracking;

namespace Budgeting.Tests.Web;

/// <summary>Public support, official answers, survey counts, moderation and rule changes from the pages, with JavaScript off.</summary>
public class ParticipationPageTests(AppFixture app) : PageContext(app)
{
    private static Dictionary<string, string?> Fields(params (string Name, string Value)[] fields) =>
        fields.ToDictionary(f => f.Name, f => (string?)f.Value);

    private async Task<Guid> ParticipationCycle(int answer)
    {
        var created = await Post("/api/cycles", new
        {
            name = "마포구 주민참여예산 2027", scope = "mapo-gu", fiscalYear = 2027, envelope = 500_000_000,
            participation = new { answerThreshold = answer, forumThreshold = answer + 1, mayorThreshold = 3, supportWindowDays = 30, answerDueDays = 14, forumDays = 30 },
        }, Role.Admin, 201);
        return Body(created).GetProperty("id").GetGuid();
    }

    private async Task<T> Settled<T>(Func<Task<T>> changes)
    {
        T result = default!;
        await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).WaitForCondition(new CountsSettled())
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => result = await changes()));
        return result;
    }

    [Fact]
    public async Task a_resident_supports_from_the_page_sees_the_threshold_reached_and_withdraws()
    {
        var id = await Suggest(await ParticipationCycle(answer: 1));
        var resident = await SignedIn(Role.Citizen, "citizen-lee");
        Assert.False((await Browser().Get($"/proposals/{id}")).HasForm("support"));
        var page = await resident.Get($"/proposals/{id}");
        Assert.Contains("공감 0명", page.Text);
        var done = await Settled(() => resident.Submit(page, "support"));
        Assert.Equal($"/proposals/{id}?done=supported", done.Location);

        var supported = await resident.Get($"/proposals/{id}");
        Assert.Contains("공감 1명", supported.Document.QuerySelector(".support-count")!.TextContent);
        Assert.Contains("담당 부서가 답변합니다", supported.Document.QuerySelector(".thresholds")!.TextContent);
        Assert.Contains("부서 답변 기한", supported.Document.QuerySelector("#answer-Department")!.TextContent);
        Assert.False(supported.HasForm("support"));
        var list = await Browser().Get("/proposals?sort=-supports");
        Assert.Contains("공감 1명", list.Document.QuerySelector(".proposal-list .supports")!.TextContent);
        Assert.Contains("공감 많은 순", list.Document.QuerySelector("#sort option[selected]")!.TextContent);
        await Settled(() => resident.Submit(supported, "withdraw-support"));
        Assert.Equal(0, (await GetJson($"/api/proposals/{id}")).GetProperty("supports").GetInt32());
    }

    [Fact]
    public async Task an_officer_sees_the_answer_owed_and_posts_it_from_the_page_with_refusals_beside_the_fields()
    {
        var id = await Suggest(await ParticipationCycle(answer: 1));
        var resident = await SignedIn(Role.Citizen, "citizen-lee");
        await Settled(async () => await resident.Submit(await resident.Get($"/proposals/{id}"), "support"));
        var officer = await SignedIn(Role.Officer, "officer-choi");
        Assert.Contains("부서 답변 기한", (await officer.Get("/officer")).Document.QuerySelector(".owed-answers")!.TextContent);
        var admin = await SignedIn(Role.Admin, "admin-park");
        Assert.False((await admin.Get($"/proposals/{id}")).HasForm("mayor-answer"));

        var refused = await officer.Submit(await officer.Get($"/proposals/{id}"), "department-answer",
            Fields(("Answering.Text", "검토한 결과를 알려 드립니다."), ("Answering.Outcome", "NotAccepted")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.FieldError("department-answer-reason"));
        var done = await officer.Submit(await officer.Get($"/proposals/{id}"), "department-answer",
            Fields(("Answering.Text", "검토한 결과를 알려 드립니다."), ("Answering.Outcome", "NotAccepted"), ("Answering.Reason", "이미 시행 중인 사업입니다")));
        Assert.Equal($"/proposals/{id}?done=answered", done.Location);
        var shown = await Browser().Get($"/proposals/{id}");
        Assert.Contains("수용하지 않음", shown.Document.QuerySelector("#answer-Department")!.TextContent);
        Assert.Contains("이미 시행 중인 사업입니다", shown.Document.QuerySelector("#answer-Department")!.TextContent);
        Assert.False((await officer.Get($"/proposals/{id}")).HasForm("department-answer"));
    }

    [Fact]
    public async Task an_officer_records_a_survey_count_with_its_source()
    {
        var id = await Suggest(await OpenCycle());
        var officer = await SignedIn(Role.Officer, "officer-choi");
        Assert.False((await Browser().Get($"/proposals/{id}")).HasForm("survey-count"));
        var refused = await officer.Submit(await officer.Get($"/proposals/{id}"), "survey-count",
            Fields(("Survey.Count", "많음"), ("Survey.Source", "2027 시민 설문")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.FieldError("survey-count-count"));
        var done = await officer.Submit(await officer.Get($"/proposals/{id}"), "survey-count",
            Fields(("Survey.Count", "120"), ("Survey.Source", "2027 시민 설문")));
        Assert.Equal($"/proposals/{id}?done=survey-count", done.Location);
        Assert.Equal(120, (await GetJson($"/api/proposals/{id}")).GetProperty("surveyCount").GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task a_moderator_hides_a_flagged_comment_from_the_queue_with_a_public_reason()
    {
        var id = await Suggest(await OpenCycle());
        var comment = Body(await Host.Scenario(s =>
        {
            s.Post.Json(new { body = "광고: 싼 대출 있습니다" }, JsonStyle.MinimalApi).ToUrl($"/api/proposals/{id}/comments");
            s.WithRequestHeader("Authorization", Bearer(Role.Citizen, "citizen-lee"));
            s.StatusCodeShouldBe(201);
        })).GetProperty("id").GetGuid();
        await Host.Scenario(s =>
        {
            s.Post.Json(new { reason = "spam" }, JsonStyle.MinimalApi).ToUrl($"/api/comments/{comment}/flags");
            s.WithRequestHeader("Authorization", Bearer(Role.Citizen, "citizen-choi"));
            s.StatusCodeShouldBe(200);
        });
        var officer = await SignedIn(Role.Officer, "officer-choi");
        var queue = await officer.Get("/officer/moderation");
        Assert.Contains("광고: 싼 대출 있습니다", queue.Text);
        var form = $"[{comment:N}]hide-comment";
        var refused = await officer.Submit(queue, form);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        var done = await officer.Submit(queue, form, Fields(("Hiding.Reason", "상업적 광고")));
        Assert.Equal("/officer/moderation?done=hidden", done.Location);
        Assert.Contains("상업적 광고", (await GetJson($"/api/comments/{comment}")).GetProperty("hiddenNotice").GetString());
        Assert.DoesNotContain("광고: 싼 대출", (await officer.Get("/officer/moderation")).Text);
    }

    [Fact]
    public async Task an_administrator_changes_the_rule_from_the_cycle_page_and_an_unchanged_rule_is_refused_beside_it()
    {
        var cycle = await VotingCycle("greedy_cost");
        var admin = await SignedIn(Role.Admin, "admin-park");
        var page = await admin.Get($"/admin/cycles/{cycle}");
        var unchanged = await admin.Submit(page, "rule", Fields(("Changing.Rule", "greedy_cost"), ("Changing.Reason", "그대로 둡니다")));
        Assert.Equal(HttpStatusCode.Conflict, unchanged.Status);
        Assert.Equal("바뀐 것이 없습니다.", unchanged.FieldError("rule-rule"));
        var done = await admin.Submit(page, "rule", Fields(("Changing.Rule", "mes_cost"), ("Changing.Reason", "비례성을 높이려고 바꿉니다")));
        Assert.Equal($"/admin/cycles/{cycle}?done=rule", done.Location);
        Assert.Equal("mes_cost", (await GetJson($"/api/cycles/{cycle}")).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task citizens_comment_reply_flag_and_the_author_appeals_a_hiding_once_from_the_page()
    {
        var id = await Suggest(await OpenCycle());
        Assert.False((await Browser().Get($"/proposals/{id}")).HasForm("comment"));
        var lee = await SignedIn(Role.Citizen, "citizen-lee");
        var refused = await lee.Submit(await lee.Get($"/proposals/{id}"), "comment", Fields(("Commenting.Body", "")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.FieldError("comment-body"));
        Assert.Equal(HttpStatusCode.Redirect, (await lee.Submit(await lee.Get($"/proposals/{id}"), "comment",
            Fields(("Commenting.Body", "<script>alert(1)</script> 좋은 제안입니다")))).Status);
        var comment = (await GetJson($"/api/proposals/{id}/comments")).EnumerateArray().Single().GetProperty("id").GetGuid();
        var scope = $"[{comment:N}]";

        var choi = await SignedIn(Role.Citizen, "citizen-choi");
        var page = await choi.Get($"/proposals/{id}");
        Assert.Empty(page.Document.QuerySelectorAll(".comments script"));
        Assert.Contains("<script>alert(1)</script>", page.Document.QuerySelector($"#c-{comment} .comment-body")!.TextContent);
        Assert.False(page.HasForm(scope + "edit-comment"));
        await choi.Submit(page, scope + "reply", Fields(("Replying.Body", "동의합니다")));
        await choi.Submit(await choi.Get($"/proposals/{id}"), scope + "flag-comment", Fields(("Flagging.Reason", "Spam")));
        Assert.False((await choi.Get($"/proposals/{id}")).HasForm(scope + "flag-comment"));
        Assert.Contains("동의합니다", (await Browser().Get($"/proposals/{id}")).Document.QuerySelector($"#c-{comment} .replies")!.TextContent);

        var officer = await SignedIn(Role.Officer, "officer-choi");
        await officer.Submit(await officer.Get("/officer/moderation"), scope + "hide-comment", Fields(("Hiding.Reason", "근거 없는 비방")));
        Assert.Contains("관리자가 숨김: 근거 없는 비방", (await Browser().Get($"/proposals/{id}")).Document.QuerySelector($"#c-{comment}")!.TextContent);
        var appealed = await lee.Submit(await lee.Get($"/proposals/{id}"), scope + "appeal-hiding", Fields(("Appealing.Reason", "비방이 아닙니다")));
        Assert.Equal($"/proposals/{id}?done=comment-appealed", appealed.Location);
        Assert.False((await lee.Get($"/proposals/{id}")).HasForm(scope + "appeal-hiding"));
        Assert.False((await officer.Get("/officer/moderation")).HasForm(scope + "comment-appeal-decision"));
        var other = await SignedIn(Role.Officer, "officer-kang");
        var decided = await other.Submit(await other.Get("/officer/moderation"), scope + "comment-appeal-decision",
            Fields(("Deciding.Upheld", "true"), ("Deciding.Reason", "비방으로 보기 어렵습니다")));
        Assert.Equal("/officer/moderation?done=decided", decided.Location);
        Assert.Contains("좋은 제안입니다", (await Browser().Get($"/proposals/{id}")).Document.QuerySelector($"#c-{comment} .comment-body")!.TextContent);
    }

    [Fact]
    public async Task a_resident_takes_a_stance_and_argues_in_the_open_forum_and_the_count_is_exact()
    {
        var id = await Suggest(await ParticipationCycle(answer: 1));
        var lee = await SignedIn(Role.Citizen, "citizen-lee");
        var choi = await SignedIn(Role.Citizen, "citizen-choi");
        Assert.Equal(HttpStatusCode.NotFound, (await Browser().Get($"/proposals/{id}/forum")).Status);
        await Settled(async () => await lee.Submit(await lee.Get($"/proposals/{id}"), "support"));
        await Settled(async () => await choi.Submit(await choi.Get($"/proposals/{id}"), "support"));
        Assert.Contains("공개 토론 참여하기", (await Browser().Get($"/proposals/{id}")).Document.QuerySelector(".forum-link")!.TextContent);

        var forum = await lee.Get($"/proposals/{id}/forum");
        Assert.Equal(HttpStatusCode.OK, forum.Status);
        await Settled(() => lee.Submit(forum, "stance", Fields(("Taking.Stance", "Agree"))));
        await Settled(async () => await lee.Submit(await lee.Get($"/proposals/{id}/forum"), "stance", Fields(("Taking.Stance", "Disagree"))));
        var refused = await choi.Submit(await choi.Get($"/proposals/{id}/forum"), "argument", Fields(("Arguing.Body", "밤길이 밝아집니다")));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        await Settled(async () => await choi.Submit(await choi.Get($"/proposals/{id}/forum"), "argument",
            Fields(("Arguing.Side", "For"), ("Arguing.Body", "밤길이 밝아집니다"))));

        var shown = await Browser().Get($"/proposals/{id}/forum");
        Assert.Contains("참여 2명", shown.Document.QuerySelector(".forum-facts")!.TextContent);
        Assert.Contains("밤길이 밝아집니다", shown.Document.QuerySelector("section[aria-labelledby=side-For]")!.TextContent);
        Assert.Contains("내 입장: 반대", (await lee.Get($"/proposals/{id}/forum")).Text);
    }
}

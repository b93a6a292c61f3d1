using System.Security.Cryptography;
using System.Text;
using Alba;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;
using NodaTime;

namespace Budgeting.Tests.Participation.Api;

public class CommentingTests(AppFixture app) : ParticipationContext(app)
{
    private const string Abuse = "이 제안자는 010-9876-5432 로 연락하세요";

    private Task<IScenarioResult> Comment(Guid proposal, string subject, string body, int status = 201, Guid? inReplyTo = null) => Host.Scenario(s =>
    {
        s.Post.Json(new { body, inReplyTo }, JsonStyle.MinimalApi).ToUrl($"/api/proposals/{proposal}/comments");
        s.WithRequestHeader("Authorization", Bearer(Role.Citizen, subject));
        s.StatusCodeShouldBe(status);
    });

    private Task<IScenarioResult> On(Guid comment, string action, object body, string role, string subject, int status = 200) => Host.Scenario(s =>
    {
        s.Post.Json(body, JsonStyle.MinimalApi).ToUrl($"/api/comments/{comment}/{action}");
        s.WithRequestHeader("Authorization", Bearer(role, subject));
        s.StatusCodeShouldBe(status);
    });

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task comments_take_one_level_of_replies_and_edits_keep_their_history_with_hashes()
    {
        var proposal = await Suggest(await ParticipationCycle());
        var first = Body(await Comment(proposal, "citizen-lee", "  좋은 제안입니다.  ")).GetProperty("id").GetGuid();
        var reply = Body(await Comment(proposal, "citizen-choi", "동의합니다.", inReplyTo: first)).GetProperty("id").GetGuid();
        Problem.NamesField(await Comment(proposal, "citizen-park", "답글의 답글", 409, inReplyTo: reply), "inReplyTo", "one-level");
        await On(first, "revisions", new { body = "좋은 제안입니다. 야간에 특히 필요합니다." }, Role.Citizen, "citizen-choi", 403);
        await On(first, "revisions", new { body = "좋은 제안입니다. 야간에 특히 필요합니다." }, Role.Citizen, "citizen-lee");

        var thread = (await GetJson($"/api/proposals/{proposal}/comments")).EnumerateArray().ToList();
        Assert.Equal([first, reply], thread.Select(c => c.GetProperty("id").GetGuid()));
        Assert.Equal(first, thread[1].GetProperty("inReplyTo").GetGuid());
        var revisions = (await GetJson($"/api/comments/{first}")).GetProperty("revisions").EnumerateArray().ToList();
        Assert.Equal(["좋은 제안입니다.", "좋은 제안입니다. 야간에 특히 필요합니다."], revisions.Select(r => r.GetProperty("body").GetString()));
        Assert.All(revisions, r => Assert.Equal(Sha(r.GetProperty("body").GetString()!), r.GetProperty("bodySha256").GetString()));
    }

    [Fact]
    public async Task a_flagged_comment_waits_for_a_moderator_who_hides_it_with_a_public_reason_and_the_author_appeals_once()
    {
        var proposal = await Suggest(await ParticipationCycle());
        var comment = Body(await Comment(proposal, "citizen-lee", "광고: 싼 대출 있습니다")).GetProperty("id").GetGuid();
        await On(comment, "flags", new { reason = "spam" }, Role.Citizen, "citizen-choi");
        Assert.Equal("flag-once", Problem.Of(await On(comment, "flags", new { reason = "spam" }, Role.Citizen, "citizen-choi", 409))
            .GetProperty("rule").GetString());
        Assert.Equal(comment, Assert.Single((await Queue()).EnumerateArray()).GetProperty("id").GetGuid());

        await On(comment, "hiding", new { reason = "상업적 광고" }, Role.Officer, "officer-kim");
        var shown = await GetJson($"/api/comments/{comment}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, shown.GetProperty("body").ValueKind);
        Assert.Equal("hidden by a moderator: 상업적 광고", shown.GetProperty("hiddenNotice").GetString());
        Assert.Empty((await Queue()).EnumerateArray());

        await On(comment, "appeal", new { reason = "광고가 아니라 정보 공유였습니다" }, Role.Citizen, "citizen-lee");
        Assert.Equal("appeal-once", Problem.Of(await On(comment, "appeal", new { reason = "다시 요청합니다" }, Role.Citizen, "citizen-lee", 409))
            .GetProperty("rule").GetString());
        Assert.Equal("광고: 싼 대출 있습니다", Assert.Single((await Queue()).EnumerateArray()).GetProperty("body").GetString());
        Assert.Equal("another-moderator", Problem.Of(await On(comment, "appeal-decision", new { upheld = true, reason = "재검토" },
            Role.Officer, "officer-kim", 403)).GetProperty("rule").GetString());
        await On(comment, "appeal-decision", new { upheld = true, reason = "정보 공유로 판단합니다" }, Role.Officer, "officer-park");
        Assert.Equal("광고: 싼 대출 있습니다", (await GetJson($"/api/comments/{comment}")).GetProperty("body").GetString());
    }

    [Fact]
    public async Task an_erased_comment_leaves_the_history_and_audit_verify_intact_and_its_text_nowhere()
    {
        var proposal = await Suggest(await ParticipationCycle());
        var comment = Body(await Comment(proposal, "citizen-lee", Abuse)).GetProperty("id").GetGuid();
        await On(comment, "revisions", new { body = Abuse + "!" }, Role.Citizen, "citizen-lee");
        var before = await Auditor("/api/audit/verify");

        await On(comment, "body-erasure", new { reason = "개인정보 포함" }, Role.Officer, "officer-kim");

        var after = await Auditor("/api/audit/verify");
        Assert.True(after.GetProperty("intact").GetBoolean());
        Assert.Equal(before.GetProperty("eventsChecked").GetInt64() + 1, after.GetProperty("eventsChecked").GetInt64());
        var read = await GetJson($"/api/comments/{comment}");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, read.GetProperty("body").ValueKind);
        Assert.Equal(Sha(Abuse + "!"), read.GetProperty("bodySha256").GetString());
        Assert.Equal(0, await RowsMentioning("010-9876-5432"));
        Assert.DoesNotContain("010-9876-5432", await ExportText());
    }

    [Theory]
    [InlineData("\u202Eevil", "no-bidi-controls")]
    [InlineData("bell\u0007", "no-control-characters")]
    [InlineData("", "required")]
    public async Task hostile_bodies_are_refused(string body, string rule)
    {
        var proposal = await Suggest(await ParticipationCycle());
        Problem.NamesField(await Comment(proposal, "citizen-lee", body, 400), "body", rule);
    }

    [Fact]
    public async Task an_unpaired_surrogate_escaped_in_the_json_is_a_400_not_a_500()
    {
        var proposal = await Suggest(await ParticipationCycle());
        var result = await Host.Scenario(s =>
        {
            s.Post.Text("{\"body\":\"broken \\ud800 text\"}").ToUrl($"/api/proposals/{proposal}/comments");
            s.WithRequestHeader("Content-Type", "application/json");
            s.WithRequestHeader("Authorization", Bearer(Role.Citizen, "citizen-lee"));
            s.StatusCodeShouldBe(400);
        });
        Problem.Of(result);
    }

    [Fact]
    public async Task a_huge_body_is_refused_and_markup_is_kept_as_text_inside_json()
    {
        var proposal = await Suggest(await ParticipationCycle());
        Problem.NamesField(await Comment(proposal, "citizen-lee", new string('가', 100_000), 400), "body", "max-length");
        var markup = Body(await Comment(proposal, "citizen-lee", "<script>alert(1)</script>")).GetProperty("id").GetGuid();
        var read = await Host.Scenario(s => s.Get.Url($"/api/comments/{markup}"));
        Assert.StartsWith("application/json", read.Context.Response.ContentType);
        Assert.Equal("<script>alert(1)</script>", Body(read).GetProperty("body").GetString());
    }

    [Fact]
    public async Task a_citizen_writes_at_most_ten_bodies_in_ten_minutes()
    {
        var proposal = await Suggest(await ParticipationCycle());
        for (var i = 0; i < 10; i++) await Comment(proposal, "citizen-lee", $"의견 {i}");
        Assert.Equal("rate-limit", Problem.Of(await Comment(proposal, "citizen-lee", "의견 10", 429)).GetProperty("rule").GetString());
        await Comment(proposal, "citizen-choi", "다른 시민의 의견");
        App.Clock.Advance(Duration.FromMinutes(10));
        await Comment(proposal, "citizen-lee", "의견 11");
    }

    private async Task<System.Text.Json.JsonElement> Queue() =>
        Body(await Host.Scenario(s => { s.Get.Url("/api/moderation/queue"); s.WithRequestHeader("Authorization", Bearer(Role.Officer)); }));

    private async Task<System.Text.Json.JsonElement> Auditor(string url) =>
        Body(await Host.Scenario(s => { s.Get.Url(url); s.WithRequestHeader("Authorization", Bearer(Role.Auditor)); }));

    private async Task<long> RowsMentioning(string text)
    {
        await using var session = App.Store.QuerySession();
        var schema = App.Store.Options.DatabaseSchemaName;
        var tables = await session.AdvancedSql.QueryAsync<string>(
            "select table_name::text from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE'", CancellationToken.None, schema);
        long rows = 0;
        foreach (var table in tables)
            rows += (await session.AdvancedSql.QueryAsync<long>($"select count(*) from {schema}.{table} t where to_jsonb(t)::text like ?",
                CancellationToken.None, $"%{text}%"))[0];
        return rows;
    }

    private async Task<string> ExportText() => string.Concat((await ExportZip.Entries(await Host.Scenario(s =>
    {
        s.Get.Url("/api/audit/export");
        s.WithRequestHeader("Authorization", Bearer(Role.Auditor));
    }))).Values);
}

using Alba;
using Budgeting.Api.Proposals.ClosingForums;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;
using NodaTime;
using NodaTime.Text;
using Wolverine.Tracking;

namespace Budgeting.Tests.Participation.Api;

public class ForumTests(AppFixture app) : ParticipationContext(app)
{
    private Task<IScenarioResult> Argue(Guid proposal, string subject, string side, int status = 201) => Host.Scenario(s =>
    {
        s.Post.Json(new { side, body = $"{subject}의 의견: 골목이 어두워 위험합니다." }, JsonStyle.MinimalApi).ToUrl($"/api/proposals/{proposal}/forum/arguments");
        s.WithRequestHeader("Authorization", Resident(subject));
        s.StatusCodeShouldBe(status);
    });

    [Fact]
    public async Task the_forum_opens_at_its_threshold_counts_participants_exactly_and_the_mayor_answers_at_theirs()
    {
        var proposal = await Suggest(await ParticipationCycle(answer: 3, forum: 5, mayor: 3));
        Assert.Equal("no-forum", Problem.Of(await Stance(proposal, "citizen-lee", "agree", 409)).GetProperty("rule").GetString());
        await Supporters(proposal, 5);

        await Settled(async () =>
        {
            await Stance(proposal, "citizen-lee", "agree");
            await Stance(proposal, "citizen-lee", "disagree");
            await Argue(proposal, "citizen-lee", "against");
            await Argue(proposal, "citizen-choi", "for");
        });
        var forum = (await GetJson($"/api/proposals/{proposal}")).GetProperty("forum");
        Assert.Equal((2, 0, 1, 0), (forum.GetProperty("participants").GetInt32(), forum.GetProperty("agree").GetInt32(),
            forum.GetProperty("disagree").GetInt32(), forum.GetProperty("undecided").GetInt32()));
        Assert.DoesNotContain("mayor", await Crossed(proposal));

        await Settled(() => Stance(proposal, "citizen-park", "undecided"));
        Assert.Equal(["answer", "forum", "mayor"], await Crossed(proposal));
        await Command(proposal, "mayor-answer", new { text = "시장으로서 내년 예산에 반영하겠습니다.", outcome = "underReview" }, Role.Officer, 403);
        await Command(proposal, "mayor-answer", new { text = "시장으로서 내년 예산에 반영하겠습니다.", outcome = "underReview" }, Role.Admin, 200);
        Assert.Equal("resident-only", Problem.Of(await Host.Scenario(s =>
        {
            s.Post.Json(new { stance = "agree" }, JsonStyle.MinimalApi).ToUrl($"/api/proposals/{proposal}/forum/stance");
            s.WithRequestHeader("Authorization", Resident("citizen-kang", "gangnam-gu"));
            s.StatusCodeShouldBe(403);
        })).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task the_forum_closes_by_its_deadline_once_with_its_final_tally()
    {
        var proposal = await Suggest(await ParticipationCycle());
        await Supporters(proposal, 5);
        await Stance(proposal, "citizen-lee", "agree");

        await Host.InvokeMessageAndWaitAsync(new ForumClosingReached(proposal));
        App.Clock.Advance(Duration.FromDays(30));
        await Host.InvokeMessageAndWaitAsync(new ForumClosingReached(proposal));
        await Host.InvokeMessageAndWaitAsync(new ForumClosingReached(proposal));

        var closed = Assert.Single(await History(proposal), e => e.Type == "ForumClosed").Data;
        Assert.Equal((1, 1), (closed.GetProperty("participants").GetInt32(), closed.GetProperty("agree").GetInt32()));
        Assert.Equal("forum-closed", Problem.Of(await Stance(proposal, "citizen-choi", "agree", 409)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task time_travel_shows_the_supports_and_the_forum_as_they_stood_at_an_instant()
    {
        var proposal = await Suggest(await ParticipationCycle());
        await Supporters(proposal, 5);
        await Stance(proposal, "citizen-lee", "agree");
        var between = await RecordedNow();
        await Withdraw(proposal, "supporter-1", 200);
        await Stance(proposal, "citizen-lee", "disagree");
        await Stance(proposal, "citizen-choi", "undecided");

        var at = Uri.EscapeDataString(InstantPattern.ExtendedIso.Format(between));
        var then = await GetJson($"/api/proposals/{proposal}?asOf={at}");
        Assert.Equal(5, then.GetProperty("supports").GetInt32());
        Assert.Equal(5, (await GetJson($"/api/proposals?cycleId={then.GetProperty("cycleId")}&asOf={at}")).GetProperty("items")[0].GetProperty("supports").GetInt32());
        Assert.Equal((1, 1, 0), (then.GetProperty("forum").GetProperty("participants").GetInt32(),
            then.GetProperty("forum").GetProperty("agree").GetInt32(), then.GetProperty("forum").GetProperty("disagree").GetInt32()));
        var now = await GetJson($"/api/proposals/{proposal}");
        Assert.Equal(4, now.GetProperty("supports").GetInt32());
        Assert.Equal((2, 0, 1), (now.GetProperty("forum").GetProperty("participants").GetInt32(),
            now.GetProperty("forum").GetProperty("agree").GetInt32(), now.GetProperty("forum").GetProperty("disagree").GetInt32()));
        var atFirstVersion = await GetJson($"/api/proposals/{proposal}?version=1");
        Assert.Equal((0, System.Text.Json.JsonValueKind.Null), (atFirstVersion.GetProperty("supports").GetInt32(), atFirstVersion.GetProperty("forum").ValueKind));
    }

    /// <summary>An instant after every event recorded so far and before any later one (the store's clock, not the test's).</summary>
    private async Task<Instant> RecordedNow()
    {
        await using var session = App.Store.QuerySession();
        var last = await Marten.QueryableExtensions.FirstAsync(session.Events.QueryAllRawEvents().OrderByDescending(e => e.Sequence));
        return Instant.FromDateTimeOffset(last.Timestamp) + Duration.FromTicks(10);
    }
}

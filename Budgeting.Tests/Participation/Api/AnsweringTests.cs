using Budgeting.Api.Proposals.Answering;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.Answering;
using Budgeting.Tests.Support;
using NodaTime;
using Wolverine.Tracking;

namespace Budgeting.Tests.Participation.Api;

public class AnsweringTests(AppFixture app) : ParticipationContext(app)
{
    private static object Answer(string outcome, Guid? cycleId = null, string? reason = null) =>
        new { text = "관계 부서에서 검토한 결과를 알려 드립니다.", outcome, cycleId, reason };

    [Fact]
    public async Task an_answer_comes_due_is_flagged_overdue_once_and_the_proposer_and_supporters_are_told()
    {
        var proposal = await Suggest(await ParticipationCycle());
        await Supporters(proposal, 3);
        var due = (await GetJson($"/api/proposals/{proposal}")).GetProperty("answers")[0];
        Assert.Equal(("department", false), (due.GetProperty("answerer").GetString(), due.GetProperty("overdue").GetBoolean()));
        Assert.Equal(AppFixture.Start + Duration.FromDays(14), Instant.FromDateTimeOffset(due.GetProperty("dueBy").GetDateTimeOffset()));

        await Host.InvokeMessageAndWaitAsync(new AnswerDeadlineReached(proposal, Answerer.Department));
        Assert.Empty(await Owed(overdue: true));
        App.Clock.Advance(Duration.FromDays(14));
        await Settled(async () =>
        {
            await Host.InvokeMessageAndWaitAsync(new AnswerDeadlineReached(proposal, Answerer.Department));
            await Host.InvokeMessageAndWaitAsync(new AnswerDeadlineReached(proposal, Answerer.Department));
        });

        Assert.Single(await History(proposal), e => e.Type == "AnswerOverdue");
        Assert.True((await GetJson($"/api/proposals/{proposal}")).GetProperty("answers")[0].GetProperty("overdue").GetBoolean());
        Assert.Equal("department", (await GetJson($"/api/proposals?cycleId={(await GetJson($"/api/proposals/{proposal}")).GetProperty("cycleId")}"))
            .GetProperty("items")[0].GetProperty("answersOverdue")[0].GetString());
        Assert.Equal(proposal, Assert.Single(await Owed(overdue: true)).GetProperty("proposalId").GetGuid());
        Assert.Contains("ThresholdCrossed", await Inbox(Citizen));
        Assert.Equal(["AnswerOverdue", "ThresholdCrossed"], await Inbox("supporter-2"));
    }

    [Fact]
    public async Task the_department_answers_with_an_outcome_once_settled_and_only_an_officer_posts_it()
    {
        var proposal = await Suggest(await ParticipationCycle());
        Assert.Equal("no-answer-due", Problem.Of(await Command(proposal, "department-answer", Answer("underReview"), Role.Officer, 409))
            .GetProperty("rule").GetString());
        await Supporters(proposal, 3);

        await Command(proposal, "department-answer", Answer("underReview"), Role.Admin, 403);
        Problem.NamesField(await Command(proposal, "department-answer", Answer("notAccepted"), Role.Officer, 400), "reason", "required");
        await Command(proposal, "department-answer", Answer("underReview"), Role.Officer, 200);
        await Command(proposal, "department-answer", Answer("notAccepted", reason: "예산 범위를 넘습니다"), Role.Officer, 200);
        Assert.Equal("already-answered", Problem.Of(await Command(proposal, "department-answer", Answer("underReview"), Role.Officer, 409))
            .GetProperty("rule").GetString());

        var posted = (await GetJson($"/api/proposals/{proposal}")).GetProperty("answers")[0].GetProperty("posted");
        Assert.Equal(["underReview", "notAccepted"], posted.EnumerateArray().Select(p => p.GetProperty("outcome").GetString()));
        Assert.Empty(await Owed(overdue: false));
    }

    [Fact]
    public async Task an_answer_carries_the_proposal_into_a_later_cycle_linked_both_ways()
    {
        var proposal = await Suggest(await ParticipationCycle());
        await Supporters(proposal, 3);
        var sameYear = await ParticipationCycle();
        var later = Body(await Post("/api/cycles", new { name = "마포구 주민참여예산 2028", scope = Mapo, fiscalYear = 2028, envelope = 500_000_000 },
            Role.Admin, 201)).GetProperty("id").GetGuid();

        Problem.NamesField(await Command(proposal, "department-answer", Answer("carried", sameYear), Role.Officer, 400), "cycleId", "later-cycle");
        await Command(proposal, "department-answer", Answer("carried", later), Role.Officer, 200);

        var answer = (await History(proposal)).Single(e => e.Type == "AnswerPosted").Data;
        Assert.Equal(later, answer.GetProperty("carriedIntoCycle").GetGuid());
        var carried = await GetJson($"/api/proposals/{answer.GetProperty("carriedAs").GetGuid()}");
        Assert.Equal((later, proposal, "carried-over", Citizen),
            (carried.GetProperty("cycleId").GetGuid(), carried.GetProperty("carriedFrom").GetGuid(), carried.GetProperty("channel").GetString(),
                carried.GetProperty("proposerId").GetString()));
    }

    private async Task<List<System.Text.Json.JsonElement>> Owed(bool overdue)
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url($"/api/answers/owed?overdue={overdue.ToString().ToLowerInvariant()}");
            s.WithRequestHeader("Authorization", Bearer(Role.Officer));
        });
        return [.. Body(result).EnumerateArray()];
    }

    private async Task<List<string>> Inbox(string citizen)
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url("/api/me/notifications");
            s.WithRequestHeader("Authorization", Bearer(Role.Citizen, citizen));
        });
        return [.. Body(result).EnumerateArray().Select(n => n.GetProperty("change").GetString()!)];
    }
}

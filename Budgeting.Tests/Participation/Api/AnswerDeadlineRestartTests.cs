using System.Diagnostics;
using Alba;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.Answering;
using Budgeting.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Wolverine;
using Wolverine.Tracking;

namespace Budgeting.Tests.Participation.Api;

/// <summary>An answer's due date scheduled by one engine process is flagged by the next one after a restart, exactly once.</summary>
[Collection(ApiCollection.Name)]
public class AnswerDeadlineRestartTests
{
    [Fact]
    public async Task an_answer_that_comes_due_while_the_engine_is_down_is_flagged_overdue_after_restart_exactly_once()
    {
        const string schema = "drill_answers";
        var clock = new FakeClock(SystemClock.Instance.GetCurrentInstant() - Duration.FromDays(14));
        Guid proposal;

        await using (var first = await AppFixture.StartHost(clock, schema))
        {
            await first.ResetAllMartenDataAsync();
            var cycle = await Created(first, "/api/cycles", Role.Admin, "admin-1", new
            {
                name = "Restart drill", scope = "mapo-gu", fiscalYear = 2027, envelope = 1_000_000,
                participation = new { answerThreshold = 1, forumThreshold = 2, answerDueDays = 14 },
            });
            proposal = await Created(first, "/api/proposals", Role.Citizen, "citizen-kim", new
            {
                cycleId = cycle, title = "망원동 골목 가로등", description = "어두운 골목에 가로등을 더 설치해 주세요.", category = "safety", district = "mapo-gu",
            });
            // The engine's clock now runs 14 days behind the machine's, less 6 s: the answer comes due 6 s from now by the
            // wall clock that Wolverine schedules by, once this engine has stopped.
            clock.Reset(SystemClock.Instance.GetCurrentInstant() - Duration.FromDays(14) + Duration.FromSeconds(6));
            await first.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).WaitForCondition(new CountsSettled()).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ =>
                first.Scenario(s =>
                {
                    s.Post.Text("{}").ToUrl($"/api/proposals/{proposal}/supports");
                    s.WithRequestHeader("Content-Type", "application/json");
                    s.WithRequestHeader("Authorization", "Bearer " + AppFixture.Token(Role.Citizen, "citizen-lee", "mapo-gu"));
                    s.StatusCodeShouldBe(201);
                })));
            Assert.Equal(0, await Overdue(first, proposal));
        }

        clock.Advance(Duration.FromDays(15));
        await using var second = await AppFixture.StartHost(clock, schema);
        var waited = Stopwatch.StartNew();
        while (await Overdue(second, proposal) == 0 && waited.Elapsed < TimeSpan.FromSeconds(45)) await Task.Delay(250);

        Assert.Equal(1, await Overdue(second, proposal));
        await second.InvokeMessageAndWaitAsync(new Budgeting.Api.Proposals.Answering.AnswerDeadlineReached(proposal, Answerer.Department));
        Assert.Equal(1, await Overdue(second, proposal));
    }

    private static async Task<int> Overdue(IAlbaHost host, Guid proposal)
    {
        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.Events.FetchStreamAsync(proposal)).Count(e => e.Data is AnswerOverdue);
    }

    private static async Task<Guid> Created(IAlbaHost host, string url, string role, string subject, object body)
    {
        var result = await host.Scenario(s =>
        {
            s.Post.Json(body, JsonStyle.MinimalApi).ToUrl(url);
            s.WithRequestHeader("Authorization", "Bearer " + AppFixture.Token(role, subject));
            s.StatusCodeShouldBe(201);
        });
        return (await result.ReadAsJsonAsync<IdOnly>())!.Id;
    }

    private sealed record IdOnly(Guid Id);
}

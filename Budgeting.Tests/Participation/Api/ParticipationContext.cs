using Alba;
using Budgeting.Domain.Common;
using Budgeting.Tests.Proposals.Api;
using Budgeting.Tests.Support;
using Wolverine;
using Wolverine.Tracking;

namespace Budgeting.Tests.Participation.Api;

/// <summary>
/// API scenarios of public support: a Mapo-gu cycle with low thresholds (answer at 3 supports, forum at 5, the mayor's
/// answer at 3 forum participants), residents with tokens, and waiting for the counts that follow each change.
/// </summary>
public abstract class ParticipationContext(AppFixture app) : ProposalContext(app)
{
    protected const string Mapo = "mapo-gu";

    protected async Task<Guid> ParticipationCycle(int answer = 3, int forum = 5, int mayor = 3, string scope = Mapo)
    {
        var created = await Post("/api/cycles", new
        {
            name = "마포구 주민참여예산 2027", scope, fiscalYear = 2027, envelope = 500_000_000,
            participation = new { answerThreshold = answer, forumThreshold = forum, mayorThreshold = mayor, supportWindowDays = 30, answerDueDays = 14, forumDays = 30 },
        }, Role.Admin, 201);
        return Body(created).GetProperty("id").GetGuid();
    }

    protected static string Resident(string subject, string district = Mapo) => "Bearer " + AppFixture.Token(Role.Citizen, subject, district, "1980-05-05");

    protected Task<IScenarioResult> Support(Guid proposal, string subject, int status, string district = Mapo) => Host.Scenario(s =>
    {
        s.Post.Text("{}").ToUrl($"/api/proposals/{proposal}/supports");
        s.WithRequestHeader("Content-Type", "application/json");
        s.WithRequestHeader("Authorization", Resident(subject, district));
        s.StatusCodeShouldBe(status);
    });

    protected Task<IScenarioResult> Withdraw(Guid proposal, string subject, int status) => Host.Scenario(s =>
    {
        s.Delete.Url($"/api/proposals/{proposal}/supports");
        s.WithRequestHeader("Authorization", Resident(subject));
        s.StatusCodeShouldBe(status);
    });

    protected Task<IScenarioResult> Stance(Guid proposal, string subject, string stance, int status = 200) => Host.Scenario(s =>
    {
        s.Post.Json(new { stance }, JsonStyle.MinimalApi).ToUrl($"/api/proposals/{proposal}/forum/stance");
        s.WithRequestHeader("Authorization", Resident(subject));
        s.StatusCodeShouldBe(status);
    });

    /// <summary>Runs the changes and waits until every message they set off (the counts, the crossings, their follow-ups) is handled.</summary>
    protected async Task Settled(Func<Task> changes) =>
        await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).WaitForCondition(new CountsSettled())
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ => changes()));

    /// <summary>Supporters <c>supporter-1</c> … <c>supporter-n</c>, one after the other, waiting for the counts.</summary>
    protected Task Supporters(Guid proposal, int count, int from = 1) => Settled(async () =>
    {
        for (var i = from; i < from + count; i++) await Support(proposal, $"supporter-{i}", 201);
    });

    protected async Task<List<(string Type, System.Text.Json.JsonElement Data)>> History(Guid proposal) =>
        [.. (await GetJson($"/api/proposals/{proposal}/history")).GetProperty("events").EnumerateArray()
            .Select(e => (e.GetProperty("type").GetString()!, e.GetProperty("data")))];

    protected async Task<List<string>> Crossed(Guid proposal) =>
        [.. (await History(proposal)).Where(e => e.Type == "ThresholdCrossed").Select(e => e.Data.GetProperty("threshold").GetString()!)];
}

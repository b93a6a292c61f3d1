using Budgeting.Domain.Common;
using Budgeting.Tests.Support;
using Wolverine;
using Wolverine.Tracking;
using Xunit.Abstractions;

namespace Budgeting.Tests.Web;

/// <summary>
/// A page view's reads go to PostgreSQL in a bounded number of round trips, however much the page shows: a proposal's
/// page with supports, a threshold reached, an answer owed and comments, read anonymously and signed in.
/// </summary>
public class PageRoundTripTests(AppFixture app, ITestOutputHelper output) : PageContext(app)
{
    private async Task<Guid> ParticipationCycle()
    {
        var created = await Post("/api/cycles", new
        {
            name = "마포구 주민참여예산 2027", scope = "mapo-gu", fiscalYear = 2027, envelope = 500_000_000,
            participation = new { answerThreshold = 1, forumThreshold = 2, mayorThreshold = 3, supportWindowDays = 30, answerDueDays = 14, forumDays = 30 },
        }, Role.Admin, 201);
        return Body(created).GetProperty("id").GetGuid();
    }

    private Task Settled(Func<Task> changes) =>
        Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).WaitForCondition(new CountsSettled())
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ => changes()));

    [Fact]
    public async Task a_proposal_page_reads_in_few_round_trips_anonymous_or_signed_in()
    {
        var id = await Suggest(await ParticipationCycle());
        var lee = await SignedIn(Role.Citizen, "citizen-lee");
        await Settled(async () => await lee.Submit(await lee.Get($"/proposals/{id}"), "support"));
        await lee.Submit(await lee.Get($"/proposals/{id}"), "comment", new Dictionary<string, string?> { ["Commenting.Body"] = "좋은 제안입니다" });
        await Browser().Get($"/proposals/{id}"); // warm: the cycle's fixed terms are kept in memory after their first read

        using var trips = new RoundTrips(Host.Services);
        var anonymous = await Browser().Get($"/proposals/{id}");
        var signedIn = await lee.Get($"/proposals/{id}");
        Assert.Contains("공감 1명", signedIn.Document.QuerySelector(".support-count")!.TextContent);
        Assert.Contains("좋은 제안입니다", anonymous.Text);

        var views = trips.PerRequest();
        Assert.Equal(2, views.Count);
        foreach (var view in views) output.WriteLine($"{view.Count} round trips:\n  " + string.Join("\n  ", view.Select(q => q.Length > 300 ? q[..300] + "…" : q)));
        Assert.True(views[0].Count <= AnonymousMost, $"an anonymous view took {views[0].Count} round trips");
        Assert.True(views[1].Count <= SignedInMost, $"a signed-in view took {views[1].Count} round trips");
    }

    private const int AnonymousMost = 2, SignedInMost = 4;
}

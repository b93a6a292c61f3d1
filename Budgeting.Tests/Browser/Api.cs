using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Browser;

/// <summary>The steps a browser flow does not take through pages (yet): the engine's own API over HTTP, with development tokens.</summary>
public sealed class Api(string baseUrl)
{
    private readonly HttpClient http = new() { BaseAddress = new Uri(baseUrl) };

    public async Task<JsonElement> Post(string role, string subject, string path, object body, string? district = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body, options: Json.Options) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AppFixture.Token(role, subject, district, "1980-05-05"));
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST {path} as {role}: {(int)response.StatusCode} {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> Get(string path) => JsonDocument.Parse(await http.GetStringAsync(path)).RootElement.Clone();

    public async Task<Guid> OpenCycle(string name, string scope = Seoul.CityWide, object? voting = null, string rule = "committee_priority") =>
        (await Post(Role.Admin, "admin-1", "/api/cycles", new { name, scope, fiscalYear = 2027, envelope = 300_000_000L, rule, voting }))
        .GetProperty("id").GetGuid();

    public async Task Admit(Guid proposal, long cost)
    {
        foreach (var (action, body) in new (string, object)[]
                 {
                     ("deliberation", new { }),
                     ("cost-estimates", new { lineItems = new[] { new { description = "공사와 설치", amount = cost } } }),
                     ("feasibility-assessments", new { feasible = true, reason = "관계 부서 검토 완료" }),
                     ("admission", new { }),
                 })
            await Post(Role.Officer, "officer-1", $"/api/proposals/{proposal}/{action}", body);
    }

    public async Task<Guid> Suggest(Guid cycle, string title, long cost, string citizen = "citizen-author") =>
        (await Post(Role.Citizen, citizen, "/api/proposals", new
        {
            cycleId = cycle, title, description = $"{title}: 주민 모두가 이용할 수 있도록 합니다.", category = "environment", district = "mapo-gu",
            costGuess = cost,
        })).GetProperty("id").GetGuid();

    public async Task Advance(Guid cycle, params string[] phases)
    {
        foreach (var from in phases) await Post(Role.Admin, "admin-1", $"/api/cycles/{cycle}/phase/advance", new { from, reason = "일정에 따라" });
    }

    /// <summary>
    /// A Mapo-gu cycle decided by Equal Shares (mes_card) on an approval vote: the candidates admitted at their cost, each
    /// ballot approving the candidates at its indices, the allocation closed by the committee's chair.
    /// </summary>
    public async Task<(Guid Cycle, Guid[] Proposals)> AllocatedByEqualShares(string name, (string Title, long Cost)[] candidates, int[][] ballots)
    {
        var cycle = await OpenCycle(name, "mapo-gu", voting: new { kind = "approval", maxProjects = candidates.Length }, rule: "mes_card");
        await Post(Role.Admin, "admin-1", $"/api/cycles/{cycle}/committee", new { memberId = "member-chair" });
        var proposals = new Guid[candidates.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            proposals[i] = await Suggest(cycle, candidates[i].Title, candidates[i].Cost);
            await Admit(proposals[i], candidates[i].Cost);
        }
        await Advance(cycle, "intake", "deliberation", "prioritisation");
        for (var v = 0; v < ballots.Length; v++)
            await Post(Role.Citizen, $"voter-{v}", $"/api/cycles/{cycle}/ballots",
                new { selections = ballots[v].Select(p => new { proposalId = proposals[p] }).ToArray() }, "mapo-gu");
        await Advance(cycle, "voting");
        await Post(Role.Committee, "member-chair", $"/api/cycles/{cycle}/allocation", new { });
        return (cycle, proposals);
    }

    /// <summary>A suggestion in a cycle whose forum opens at two supports, supported twice; its forum opens a moment later.</summary>
    public async Task<Guid> WithOpenForum()
    {
        var cycle = (await Post(Role.Admin, "admin-1", "/api/cycles", new
        {
            name = "마포구 주민참여예산 2027", scope = "mapo-gu", fiscalYear = 2027, envelope = 300_000_000L,
            participation = new { answerThreshold = 1, forumThreshold = 2, mayorThreshold = 3, supportWindowDays = 30, answerDueDays = 14, forumDays = 30 },
        })).GetProperty("id").GetGuid();
        var proposal = await Suggest(cycle, "골목길 보안등 설치", 30_000_000);
        foreach (var resident in new[] { "citizen-lee", "citizen-choi" })
            await Post(Role.Citizen, resident, $"/api/proposals/{proposal}/supports", new { }, "mapo-gu");
        for (var i = 0; i < 80; i++)
        {
            using var forum = await http.GetAsync($"/proposals/{proposal}/forum");
            if (forum.IsSuccessStatusCode) return proposal;
            await Task.Delay(250);
        }
        throw new TimeoutException($"the forum of {proposal} did not open");
    }
}

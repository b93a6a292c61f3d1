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
        return JsonDocument.Parse(text).RootElement.Clone();
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
}

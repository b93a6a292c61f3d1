using System.Text.RegularExpressions;
using Alba;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;
using NodaTime;

namespace Budgeting.Tests.Proposals.Api;

/// <summary>API scenarios about proposals: a municipal cycle to suggest into, and helpers that walk a proposal through its states.</summary>
public abstract class ProposalContext(AppFixture app) : ApiContext(app)
{
    protected const string Citizen = "citizen-kim";

    protected async Task<Guid> OpenCycle(string scope = "city")
    {
        var created = await Post("/api/cycles", new { name = "서울시 시민참여예산 2027", scope, fiscalYear = 2027, envelope = 10_000_000_000 },
            Role.Admin, 201);
        return Body(created).GetProperty("id").GetGuid();
    }

    protected static object Suggestion(Guid cycleId, string title = "어린이놀이터 그늘막 설치", string district = "mapo-gu") => new
    {
        cycleId, title, description = $"{title}: 주민 모두가 안전하게 이용할 수 있도록 합니다.",
        category = "safety", district, costGuess = 30_000_000, proposerName = "김민지", proposerContact = "010-1234-5678",
    };

    protected async Task<Guid> Suggest(Guid cycleId, string title = "어린이놀이터 그늘막 설치", string subject = Citizen)
    {
        var created = await Post("/api/proposals", Suggestion(cycleId, title), Role.Citizen, 201, subject);
        return Body(created).GetProperty("id").GetGuid();
    }

    protected Task<IScenarioResult> Command(Guid id, string action, object body, string? role, int status,
        string subject = "", string? ifMatch = null) => Host.Scenario(s =>
    {
        s.Post.Json(body, JsonStyle.MinimalApi).ToUrl($"/api/proposals/{id}/{action}");
        if (role is not null) s.WithRequestHeader("Authorization", Bearer(role, subject));
        if (ifMatch is not null) s.WithRequestHeader("If-Match", ifMatch);
        s.StatusCodeShouldBe(status);
    });

    protected Task Officer(Guid id, string action, object body) => Command(id, action, body, Role.Officer, 200);

    /// <summary>A proposal walked to admission: deliberation, a cost estimate of one line, a positive assessment, admission.</summary>
    protected Task<Guid> Admitted(Guid cycleId, string title = "어린이놀이터 그늘막 설치") => Admit(cycleId, title, "그늘막 20개", 24_000_000);

    /// <summary>An admitted proposal whose one cost line is its title at <paramref name="cost"/> won.</summary>
    protected Task<Guid> AdmittedCosting(Guid cycleId, string title, long cost) => Admit(cycleId, title, title, cost);

    private async Task<Guid> Admit(Guid cycleId, string title, string costLine, long cost)
    {
        var id = await Suggest(cycleId, title);
        await Officer(id, "deliberation", new { });
        await Officer(id, "cost-estimates", new { lineItems = new[] { new { description = costLine, amount = cost } } });
        await Officer(id, "feasibility-assessments", new { feasible = true, reason = "구청 부지, 설치 가능" });
        await Officer(id, "admission", new { });
        return id;
    }

    /// <summary>Stands in for the cycle's allocation where a test needs no vote: the engine budgets an admitted proposal.</summary>
    protected Task Budget(Guid id, long amount) => App.Store.Budget(id, amount, App.Clock.GetCurrentInstant());

    /// <summary>A payload for a snapshot: ids and the store's own timestamps replaced, the clock's instants kept.</summary>
    protected static Newtonsoft.Json.Linq.JToken Snap(System.Text.Json.JsonElement json) => Newtonsoft.Json.Linq.JToken.Parse(
        Regex.Replace(Regex.Replace(json.GetRawText(), "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>"),
            "\"recordedAt\":\"[^\"]+\"", "\"recordedAt\":\"<recorded>\""));
}

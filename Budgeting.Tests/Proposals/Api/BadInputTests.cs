using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Proposals.Api;

public class BadInputTests(AppFixture app) : ProposalContext(app)
{
    public static TheoryData<string, string, string, string, string> Commands() => new()
    {
        { "revisions", Role.Citizen, """{"title":"","description":"설명입니다 설명입니다","category":"safety"}""", "title", "required" },
        { "discussions", Role.Officer, """{"participants":["a"],"summary":"요약입니다"}""", "heldOn", "required" },
        { "discussions", Role.Officer, """{"heldOn":"2099-01-01","participants":["a"],"summary":"요약입니다"}""", "heldOn", "not-in-future" },
        { "cost-estimates", Role.Officer, """{"lineItems":[]}""", "lineItems", "count" },
        { "cost-estimates", Role.Officer, """{"lineItems":[{"description":"그늘막","amount":-5}]}""", "lineItems[0].amount", "positive" },
        { "feasibility-assessments", Role.Officer, """{"reason":"가능"}""", "feasible", "required" },
        { "decline", Role.Officer, "{}", "reason", "required" },
        { "appeal", Role.Officer, "{}", "reason", "required" },
        { "appeal-decision", Role.Officer, """{"reason":"기각"}""", "upheld", "required" },
        { "funding-adjustments", Role.Admin, """{"newAmount":-1,"reason":"감액","councilReference":"2026-17"}""", "newAmount", "not-negative" },
        { "milestones", Role.Officer, """{"title":"절반","progress":150}""", "progress", "range" },
        { "spending", Role.Officer, """{"amount":1000000000000000,"description":"공사"}""", "amount", "ceiling" },
        { "overrun-approvals", Role.Officer, """{"amount":0,"reason":"자재"}""", "amount", "positive" },
        { "evaluations", Role.Auditor, """{"rating":9,"findings":"좋습니다 정말"}""", "rating", "range" },
    };

    [Theory, MemberData(nameof(Commands))]
    public async Task bad_input_is_a_400_naming_the_field_and_the_rule_and_writes_nothing(
        string action, string role, string json, string field, string rule)
    {
        var id = await Suggest(await OpenCycle());
        var result = await Host.Scenario(s =>
        {
            s.Post.Text(json).ToUrl($"/api/proposals/{id}/{action}");
            s.WithRequestHeader("Content-Type", "application/json");
            s.WithRequestHeader("Authorization", Bearer(role, role == Role.Citizen ? Citizen : ""));
            s.StatusCodeShouldBe(400);
        });
        Problem.NamesField(result, field, rule);
        Assert.Equal(1, (await GetJson($"/api/proposals/{id}")).GetProperty("version").GetInt64());
    }

    [Theory]
    [InlineData("title", "", "required")]
    [InlineData("category", "parks", "known-category")]
    [InlineData("district", "atlantis-gu", "known-district")]
    public async Task a_bad_suggestion_names_the_field(string field, string value, string rule)
    {
        var cycle = await OpenCycle();
        var body = new Dictionary<string, object?>
        {
            ["cycleId"] = cycle, ["title"] = "어린이놀이터 그늘막", ["description"] = "여름철 그늘막을 설치합니다",
            ["category"] = "safety", ["district"] = "mapo-gu", [field] = value,
        };
        Problem.NamesField(await Post("/api/proposals", body, Role.Citizen, 400), field, rule);
        Assert.Equal(0, (await GetJson("/api/proposals")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task an_unknown_cycle_is_a_400_naming_cycle_id()
    {
        Problem.NamesField(await Post("/api/proposals", Suggestion(Guid.NewGuid()), Role.Citizen, 400), "cycleId", "known-cycle");
    }
}

using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Proposals.Api;

public class AccessTests(AppFixture app) : ProposalContext(app)
{
    public static TheoryData<string, string> WriteEndpointsAndARoleTheyRefuse() => new()
    {
        { "deliberation", Role.Citizen }, { "revisions", Role.Auditor }, { "discussions", Role.Citizen },
        { "cost-estimates", Role.Committee }, { "feasibility-assessments", Role.Admin }, { "admission", Role.Citizen },
        { "decline", Role.Auditor }, { "appeal", Role.Committee }, { "appeal-decision", Role.Citizen },
        { "withdrawal", Role.Admin }, { "funding-adjustments", Role.Officer }, { "implementation", Role.Citizen },
        { "milestones", Role.Auditor }, { "spending", Role.Committee }, { "overrun-approvals", Role.Admin },
        { "completion", Role.Citizen }, { "evaluations", Role.Officer },
    };

    [Theory, MemberData(nameof(WriteEndpointsAndARoleTheyRefuse))]
    public async Task each_command_refuses_roles_the_table_does_not_name_and_anonymous_callers(string action, string role)
    {
        var id = await Suggest(await OpenCycle());
        Problem.Of(await Command(id, action, new { }, role, 403));
        Problem.Of(await Command(id, action, new { }, null, 401));
        Assert.Equal(1, (await GetJson($"/api/proposals/{id}")).GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task suggesting_needs_a_citizen_or_officer_token()
    {
        var cycle = await OpenCycle();
        Problem.Of(await Post("/api/proposals", Suggestion(cycle), null, 401));
        Problem.Of(await Post("/api/proposals", Suggestion(cycle), Role.Auditor, 403));
    }

    [Fact]
    public async Task another_citizen_may_not_withdraw_my_proposal_but_an_officer_may_for_me_with_a_reason()
    {
        var id = await Suggest(await OpenCycle());
        Problem.Of(await Command(id, "withdrawal", new { }, Role.Citizen, 403, "citizen-lee"));
        Problem.NamesField(await Command(id, "withdrawal", new { }, Role.Officer, 400), "reason", "required");
        await Command(id, "withdrawal", new { reason = "현장 창구에서 전화로 철회 요청" }, Role.Officer, 200);

        var history = await GetJson($"/api/proposals/{id}/history");
        var withdrawn = history.GetProperty("events")[1];
        Assert.Equal((Citizen, "officer"), (withdrawn.GetProperty("onBehalfOf").GetString(), withdrawn.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task a_transition_the_table_does_not_allow_is_a_409_naming_the_state()
    {
        var id = await Suggest(await OpenCycle());
        await Command(id, "withdrawal", new { }, Role.Citizen, 200, Citizen);
        var result = await Command(id, "cost-estimates", new { lineItems = new[] { new { description = "그늘막", amount = 1_000_000 } } },
            Role.Officer, 409);
        Assert.Equal("proposal is Withdrawn; cost can only be estimated in InDeliberation",
            Problem.Of(result).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task an_unknown_proposal_is_a_404()
    {
        Problem.Of(await Command(Guid.NewGuid(), "deliberation", new { }, Role.Officer, 404));
        Problem.Of(await Host.Scenario(s => { s.Get.Url($"/api/proposals/{Guid.NewGuid()}"); s.StatusCodeShouldBe(404); }));
        Problem.Of(await Host.Scenario(s => { s.Get.Url($"/api/proposals/{Guid.NewGuid()}/history"); s.StatusCodeShouldBe(404); }));
    }
}

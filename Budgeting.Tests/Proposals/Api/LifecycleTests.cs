using Budgeting.Domain.Common;
using Budgeting.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace Budgeting.Tests.Proposals.Api;

public class LifecycleTests(AppFixture app) : ProposalContext(app)
{
    [Fact]
    public async Task a_proposal_goes_from_suggestion_to_evaluation_through_one_endpoint_per_command()
    {
        var id = await Suggest(await OpenCycle());
        await Officer(id, "deliberation", new { });
        await Command(id, "revisions", new
        {
            title = "어린이놀이터 그늘막 및 벤치 설치", description = "여름철 놀이터에 그늘막과 보호자 벤치를 설치합니다.",
            category = "safety", costGuess = 35_000_000,
        }, Role.Citizen, 200, Citizen);
        await Officer(id, "discussions", new
        {
            heldOn = "2026-03-01", participants = new[] { Citizen, "officer-1" }, summary = "현장 점검 후 그늘막 위치를 확정했습니다.",
        });
        await Officer(id, "cost-estimates", new
        {
            lineItems = new[] { new { description = "그늘막 20개", amount = 24_000_000 }, new { description = "벤치 10개", amount = 6_000_000 } },
        });
        await Officer(id, "feasibility-assessments", new { feasible = true, reason = "구청 부지, 설치 가능" });
        await Officer(id, "admission", new { });
        await Budget(id, 30_000_000);
        await Officer(id, "implementation", new { });
        await Officer(id, "milestones", new { title = "그늘막 10개 설치", progress = 50 });
        await Officer(id, "spending", new { amount = 28_000_000, description = "1차 설치 공사" });
        await Officer(id, "overrun-approvals", new { amount = 2_000_000, reason = "자재비 인상" });
        await Officer(id, "spending", new { amount = 4_000_000, description = "2차 설치 공사" });
        await Officer(id, "completion", new { });
        await Command(id, "evaluations", new { rating = 4, findings = "아이들이 여름에도 놀이터를 이용합니다." }, Role.Auditor, 200);

        var details = await GetJson($"/api/proposals/{id}");
        Assert.Equal("evaluated", details.GetProperty("status").GetString());
        Assert.Equal(32_000_000, details.GetProperty("spent").GetInt64());
        Assert.Equal(15, details.GetProperty("version").GetInt64());
        Snapshot.Match(Snap(details), SnapshotNameExtension.Create("details"));

        var history = await GetJson($"/api/proposals/{id}/history");
        Assert.Equal(15, history.GetProperty("events").GetArrayLength());
        Snapshot.Match(Snap(history), SnapshotNameExtension.Create("history"));
    }
}

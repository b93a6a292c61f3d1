using Budgeting.Domain.Common;
using Budgeting.Tests.Proposals.Api;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Audit;

public class ProposalsCsvTests(AppFixture app) : ProposalContext(app)
{
    [Fact]
    public async Task the_export_lists_every_proposal_with_its_money_and_progress_as_the_details_show_them()
    {
        var cycle = await OpenCycle();
        var suggested = await Suggest(cycle, "경로당 디지털 교육");
        var shade = await Admitted(cycle, "어린이놀이터 그늘막, \"여름\" 설치");
        await Budget(shade, 24_000_000);
        await Officer(shade, "implementation", new { });
        await Officer(shade, "milestones", new { title = "그늘막 10개 설치", progress = 50 });
        await Officer(shade, "spending", new { amount = 12_000_000, description = "1차 설치 공사" });

        var entries = await ExportZip.Entries(await Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/export");
            s.WithRequestHeader("Authorization", Bearer(Role.Auditor));
        }));

        var lines = entries["proposals.csv"].Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([
            "Id,CycleId,Title,District,Category,Status,CostEstimate,Budgeted,Spent,Progress,Version",
            $"{suggested},{cycle},경로당 디지털 교육,mapo-gu,safety,suggested,,,0,0,1",
            $"{shade},{cycle},\"어린이놀이터 그늘막, \"\"여름\"\" 설치\",mapo-gu,safety,inImplementation,24000000,24000000,12000000,50,9",
        ], lines);
        Assert.Contains("proposals.csv", entries["manifest.json"]);
    }
}

using Budgeting.Domain.Pabulib;
using Budgeting.Tests.Proposals.Api;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Elections;

public class CycleExportTests(AppFixture app) : ProposalContext(app)
{
    [Fact]
    public async Task A_seoul_cycle_exports_its_admitted_proposals_in_whole_won_and_no_ballots_yet()
    {
        var cycle = await OpenCycle("mapo-gu");
        var admitted = await Admitted(cycle, "망원 어린이공원 그늘막; 2단계");
        await Suggest(cycle, "아직 심사 전인 제안");

        var text = await (await Host.Scenario(s => s.Get.Url($"/api/cycles/{cycle}/export.pb"))).ReadAsTextAsync();

        var file = PbFile.Parse(text);
        Assert.Equal(("10000000000", "KRW", "approval"), (file.Budget.ToString(), file.MetaValue("currency"), file.MetaValue("vote_type")));
        var project = Assert.Single(file.Projects);
        Assert.Equal((admitted.ToString(), "24000000", "망원 어린이공원 그늘막; 2단계"), (project.Id, project.Cost.ToString(), project.Fields["name"]));
        Assert.Empty(file.Votes);
    }

    [Fact]
    public async Task An_unknown_cycle_is_a_404() =>
        Problem.Of(await Host.Scenario(s => { s.Get.Url($"/api/cycles/{Guid.NewGuid()}/export.pb"); s.StatusCodeShouldBe(404); }));
}

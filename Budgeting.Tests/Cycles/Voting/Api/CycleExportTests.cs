using Budgeting.Domain.Rules;
using Budgeting.Api.Elections.Exporting;
using Budgeting.Domain.Pabulib;
using Budgeting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Budgeting.Tests.Cycles.Voting.Api;

/// <summary>A Seoul cycle's secret ballots export as a .pb file that others' tools can recompute the allocation from.</summary>
public class CycleExportTests(AppFixture app) : VotingContext(app)
{
    [Fact]
    public async Task the_exported_pb_file_holds_the_counted_ballots_and_gives_the_engines_allocation()
    {
        var cycle = await VotingCycle("mes_cost_add1_greedy", envelope: 1_000_000);
        Guid[] p = [await AdmittedCosting(cycle, "한강공원 그늘막", 600_000), await AdmittedCosting(cycle, "작은도서관 야간 개방", 300_000),
            await AdmittedCosting(cycle, "골목길 보안등", 300_000)];
        await ToVoting(cycle);
        Guid[][] ballots = [[p[0]], [p[0], p[1]], [p[1], p[2]], [p[2]]];
        for (var v = 0; v < ballots.Length; v++) await Vote(cycle, $"voter-{v}", 201, ballots[v]);
        await Advance(cycle, "voting");
        await Allocate(cycle);

        var result = await Host.Scenario(s => s.Get.Url($"/api/cycles/{cycle}/export.pb"));
        var file = PbFile.Parse(await result.ReadAsTextAsync());
        var election = file.ToElection();

        Assert.Equal(4, election.Ballots.Count);
        Assert.DoesNotContain("voter-", await result.ReadAsTextAsync());
        var funded = (await GetJson($"/api/cycles/{cycle}")).GetProperty("allocation").GetProperty("funded").EnumerateArray()
            .Select(f => f.GetProperty("proposalId").GetGuid().ToString("D")).Order(StringComparer.Ordinal);
        Assert.Equal(funded, AllocationRules.ByName("mes_cost_add1_greedy").Allocate(election).Selected);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(false, 5)]
    [InlineData(true, 0)]
    [InlineData(true, 5)]
    public async Task the_streamed_export_is_byte_for_byte_the_file_built_in_memory(bool cumulative, int voters)
    {
        var cycle = await VotingCycle("greedy_cost", cumulative ? new { kind = "cumulative", points = 10 } : null);
        Guid[] p = [await AdmittedCosting(cycle, "한강공원 그늘막; \"쉼터\"", 600_000), await AdmittedCosting(cycle, "골목길 보안등", 300_000)];
        await ToVoting(cycle);
        for (var v = 0; v < voters; v++)
            await Vote(cycle, $"voter-{v}", 201, v % 2 == 0 ? [p[1], p[0]] : [p[0]], points: cumulative ? (v % 2 == 0 ? [3, 7] : [10]) : null);
        if (voters > 0) await Vote(cycle, "voter-0", 200, [p[1]], points: cumulative ? [4] : null);
        await Advance(cycle, "voting");

        var streamed = await (await Host.Scenario(s => s.Get.Url($"/api/cycles/{cycle}/export.pb"))).ReadAsTextAsync();

        using var scope = App.Host.Services.CreateScope();
        var session = scope.ServiceProvider.GetRequiredService<Marten.IQuerySession>();
        var inMemory = await CycleElectionFile.Load(cycle, session, scope.ServiceProvider.GetRequiredService<IBallotSource>(), default);
        Assert.Equal(PbFileWriter.Write(inMemory!), streamed);
        Assert.Equal(voters, PbFile.Parse(streamed).ToElection().Ballots.Count);
        (await Host.Scenario(s => { s.Get.Url($"/api/cycles/{Guid.NewGuid()}/export.pb"); s.StatusCodeShouldBe(404); })).Context.Response.ToString();
    }
}

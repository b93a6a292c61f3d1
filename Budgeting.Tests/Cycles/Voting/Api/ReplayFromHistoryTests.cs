using Budgeting.Api.Audit.Replaying;
using Budgeting.Domain.Cycles.Voting;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Cycles.Voting.Api;

/// <summary>audit replay-allocation: the decision recomputed from the history in the database and in an export.</summary>
public class ReplayFromHistoryTests(AppFixture app) : VotingContext(app)
{
    private async Task<Guid> AllocatedByVote()
    {
        var cycle = await VotingCycle("mes_cost_add1_greedy", envelope: 1_000_000);
        Guid[] p = [await AdmittedCosting(cycle, "한강공원 그늘막", 600_000), await AdmittedCosting(cycle, "작은도서관 야간 개방", 300_000),
            await AdmittedCosting(cycle, "골목길 보안등", 300_000)];
        await ToVoting(cycle);
        Guid[][] ballots = [[p[0]], [p[0], p[1]], [p[1], p[2]], [p[2]], [p[1]]];
        for (var v = 0; v < ballots.Length; v++) await Vote(cycle, $"voter-{v}", 201, ballots[v]);
        await Vote(cycle, "voter-4", 200, [p[0]]);
        await Advance(cycle, "voting");
        await Allocate(cycle);
        return cycle;
    }

    [Fact]
    public async Task a_vote_allocation_replays_identically_from_the_database_and_from_an_export()
    {
        var cycle = await AllocatedByVote();
        await using var session = App.Store.QuerySession();

        var fromDatabase = AllocationReplayer.Replay(cycle, await ReplaySources.FromDatabase(session, default));
        Assert.True(fromDatabase!.Matches, string.Join("; ", fromDatabase.Problems));

        var export = Path.Combine(Directory.CreateTempSubdirectory("replay-").FullName, "export.zip");
        var download = await Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/export");
            s.WithRequestHeader("Authorization", Bearer(Domain.Common.Role.Auditor));
        });
        await File.WriteAllBytesAsync(export, (await Bytes(download)));
        var fromExport = AllocationReplayer.Replay(cycle, await ReplaySources.FromExport(export, default));
        Assert.True(fromExport!.Matches, string.Join("; ", fromExport.Problems));
        Assert.Equal(fromDatabase.Funded, fromExport.Funded);
    }

    [Fact]
    public async Task a_ballot_missing_from_the_history_is_reported_as_a_mismatch()
    {
        var cycle = await AllocatedByVote();
        await using var session = App.Store.QuerySession();
        var history = (await ReplaySources.FromDatabase(session, default)).ToList();
        history.Remove(history.First(e => e.Data is BallotCast));

        var outcome = AllocationReplayer.Replay(cycle, history)!;

        Assert.False(outcome.Matches);
        Assert.Contains(outcome.Problems, p => p.Contains("4 ballots given, 5 counted"));
    }

    [Fact]
    public async Task a_cycle_without_a_decision_has_nothing_to_replay()
    {
        var cycle = await VotingCycle();
        await using var session = App.Store.QuerySession();
        Assert.Null(AllocationReplayer.Replay(cycle, await ReplaySources.FromDatabase(session, default)));
    }

    private static async Task<byte[]> Bytes(Alba.IScenarioResult result)
    {
        using var body = new MemoryStream();
        if (result.Context.Response.Body.CanSeek) result.Context.Response.Body.Position = 0;
        await result.Context.Response.Body.CopyToAsync(body);
        return body.ToArray();
    }
}

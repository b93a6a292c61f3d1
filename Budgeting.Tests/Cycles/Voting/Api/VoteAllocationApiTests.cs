using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Voting;
using Budgeting.Tests.Support;
using Marten;

namespace Budgeting.Tests.Cycles.Voting.Api;

public class VoteAllocationApiTests(AppFixture app) : VotingContext(app)
{
    [Theory]
    [InlineData("greedy_cost")]
    [InlineData("mes_cost_add1_greedy")]
    public async Task the_allocation_funds_what_the_rule_selects_from_the_last_ballot_of_each_voter(string rule)
    {
        var cycle = await VotingCycle(rule, envelope: 1_000_000);
        Guid[] p = [await AdmittedCosting(cycle, "한강공원 그늘막", 600_000), await AdmittedCosting(cycle, "작은도서관 야간 개방", 300_000),
            await AdmittedCosting(cycle, "골목길 보안등", 300_000), await AdmittedCosting(cycle, "공공 자전거 보관소", 100_000)];
        await ToVoting(cycle);
        Guid[][] ballots = [[p[0]], [p[0]], [p[0]], [p[0], p[3]], [p[1], p[2]], [p[1], p[2]], [p[1], p[2]]];
        for (var v = 0; v < ballots.Length; v++) await Vote(cycle, $"voter-{v}", 201, v == 0 ? [p[3]] : ballots[v]);
        await Vote(cycle, "voter-0", 200, ballots[0]);
        await Advance(cycle, "voting");

        await Allocate(cycle);

        var election = new Election(p.Zip(new long[] { 600_000, 300_000, 300_000, 100_000 })
                .Select(x => new Project(x.First.ToString("D"), x.Second)).ToList(), 1_000_000,
            ballots.Select(b => new Ballot(b.Select(id => id.ToString("D")).ToList())).ToList());
        var expected = AllocationRules.ByName(rule).Allocate(election).Selected;
        var allocation = (await GetJson($"/api/cycles/{cycle}")).GetProperty("allocation");
        var funded = allocation.GetProperty("funded").EnumerateArray().Select(f => f.GetProperty("proposalId").GetGuid().ToString("D"));
        Assert.Equal(expected, funded.Order(StringComparer.Ordinal));
        foreach (var id in p)
            Assert.Contains((await GetJson($"/api/proposals/{id}")).GetProperty("status").GetString(), new[] { "budgeted", "notFunded" });
        Assert.True(allocation.GetProperty("total").GetInt64() <= 1_000_000);

        await using var session = App.Store.QuerySession();
        var decided = (await session.Events.FetchStreamAsync(cycle)).Select(e => e.Data).OfType<AllocationDecided>().Single();
        var events = await session.Events.QueryAllRawEvents().OrderBy(e => e.Sequence).ToListAsync();
        var fromEvents = events.Where(e => e.Data is BallotCast or BallotReplaced).GroupBy(e => e.StreamId)
            .Select(g => new CountedBallot(g.Key, g.Last().Data switch { BallotCast c => c.Selections, BallotReplaced r => r.Selections, _ => [] },
                g.First().Sequence, g.Last().Sequence)).ToList();
        var used = decided.Inputs.Ballots!;
        Assert.Equal((7, fromEvents.Min(b => b.FirstSequence), fromEvents.Max(b => b.LastSequence)), (used.Count, used.FirstSequence, used.LastSequence));
        var replay = ReplayAllocation.Replay(decided, fromEvents);
        Assert.True(replay.Matches, string.Join("; ", replay.Problems));
    }

    [Fact]
    public async Task an_administrator_changes_the_rule_until_the_allocation_is_decided()
    {
        var created = await Post("/api/cycles", new
        {
            name = "서울시 시민참여예산 2027", scope = "city", fiscalYear = 2027, envelope = 1_000_000, rule = "greedy_threshold",
            ruleParameters = new { minimumScore = 2 },
        }, Role.Admin, 201);
        var cycle = Body(created).GetProperty("id").GetGuid();
        await Post($"/api/cycles/{cycle}/committee", new { memberId = Chair }, Role.Admin, 200);
        Guid[] p = [await AdmittedCosting(cycle, "한강공원 그늘막", 600_000), await AdmittedCosting(cycle, "작은도서관 야간 개방", 300_000)];
        await ToVoting(cycle);
        await Vote(cycle, "voter-1", 201, [p[0], p[1]]);
        await Vote(cycle, "voter-2", 201, [p[0]]);
        await Advance(cycle, "voting");
        var export = await (await Host.Scenario(s => s.Get.Url($"/api/cycles/{cycle}/export.pb"))).ReadAsTextAsync();
        Assert.Contains("rule;greedy-threshold", export);
        Assert.Contains("min_project_score_threshold;2", export);

        Problem.NamesField(await Post($"/api/cycles/{cycle}/rule", new { rule = "greedy_threshold", reason = "x" }, Role.Admin, 400),
            "ruleParameters.minimumScore", "rule-parameters");
        await Post($"/api/cycles/{cycle}/rule", new { rule = "greedy_score", reason = "한 표 사업도 지원" }, Role.Admin, 200);
        var view = await GetJson($"/api/cycles/{cycle}");
        Assert.Equal("greedy_score", view.GetProperty("rule").GetString());
        await Allocate(cycle);

        var funded = (await GetJson($"/api/cycles/{cycle}")).GetProperty("allocation").GetProperty("funded").EnumerateArray()
            .Select(f => f.GetProperty("proposalId").GetGuid());
        Assert.Equal([p[0], p[1]], funded);
        var refused = await Post($"/api/cycles/{cycle}/rule", new { rule = "greedy_cost", reason = "너무 늦음" }, Role.Admin, 409);
        Assert.Equal("already-allocated", Problem.Of(refused).GetProperty("rule").GetString());
    }
}

using Budgeting.Api.Cycles.Voting;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;
using Marten;

namespace Budgeting.Tests.Cycles.Voting.Api;

public class BallotSecrecyTests(AppFixture app) : VotingContext(app)
{
    private static readonly string[] Voters = ["voter-secret-kim", "voter-secret-lee", "voter-secret-choi"];

    [Fact]
    public async Task no_event_names_the_voter_and_erasing_who_voted_leaves_the_history_intact()
    {
        var cycle = await VotingCycle();
        var (park, library) = (await AdmittedCosting(cycle, "한강 그늘막", 300_000), await AdmittedCosting(cycle, "작은도서관 야간 개방", 200_000));
        await ToVoting(cycle);
        foreach (var voter in Voters) await Vote(cycle, voter, 201, [park]);
        await Vote(cycle, Voters[0], 200, [library]);

        Assert.Equal(0, await Count("select count(*) from {s}.mt_events where data::text || coalesce(headers::text, '') || " +
            "coalesce(correlation_id, '') || coalesce(causation_id, '') like '%voter-secret%'"));
        Assert.Equal(4, await Count("select count(*) from {s}.mt_events where type in ('ballot_cast', 'ballot_replaced') " +
            "and data -> 'by' ->> 'id' = 'anonymous-voter' and correlation_id is null and causation_id is null"));
        Assert.Equal(0, await Count("select count(*) from {s}.mt_doc_voterrecord where data::text like '%voter-secret%'"));
        Assert.Equal(3, await Count("select count(*) from {s}.mt_doc_voterrecord"));

        Assert.Equal("voting-not-over", Problem.Of(await Erase(cycle, 409)).GetProperty("rule").GetString());
        await Advance(cycle, "voting");
        await Host.Scenario(s =>
        {
            s.Delete.Url($"/api/cycles/{cycle}/voter-records");
            s.WithRequestHeader("Authorization", Bearer(Role.Officer));
            s.StatusCodeShouldBe(403);
        });
        Assert.Equal(3, Body(await Erase(cycle, 200)).GetProperty("erased").GetInt32());

        await using (var session = App.Store.QuerySession())
            Assert.Equal(0, await session.Query<VoterRecord>().CountAsync());
        Assert.Equal(3, (await GetJson($"/api/cycles/{cycle}/tallies")).GetProperty("ballots").GetInt32());
        var verdict = Body(await Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/verify");
            s.WithRequestHeader("Authorization", Bearer(Role.Auditor));
        }));
        Assert.True(verdict.GetProperty("intact").GetBoolean(), verdict.ToString());
        Assert.Equal("nothing-to-erase", Problem.Of(await Erase(cycle, 409)).GetProperty("rule").GetString());
    }

    private Task<Alba.IScenarioResult> Erase(Guid cycle, int status) => Host.Scenario(s =>
    {
        s.Delete.Url($"/api/cycles/{cycle}/voter-records");
        s.WithRequestHeader("Authorization", Bearer(Role.Admin));
        s.StatusCodeShouldBe(status);
    });
}

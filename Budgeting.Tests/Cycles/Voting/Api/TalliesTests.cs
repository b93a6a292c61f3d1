using Budgeting.Tests.Support;
using Marten;
using Marten.Events;

namespace Budgeting.Tests.Cycles.Voting.Api;

public class TalliesTests(AppFixture app) : VotingContext(app)
{
    [Fact]
    public async Task tallies_are_hidden_while_the_vote_is_open_and_public_once_it_closes()
    {
        var cycle = await VotingCycle();
        var (park, library) = (await AdmittedCosting(cycle, "한강 그늘막", 300_000), await AdmittedCosting(cycle, "작은도서관 야간 개방", 200_000));
        await ToVoting(cycle);
        await Vote(cycle, "citizen-1", 201, [park, library]);
        await Vote(cycle, "citizen-2", 201, [library]);

        var hidden = await GetJson($"/api/cycles/{cycle}/tallies");
        Assert.False(hidden.GetProperty("visible").GetBoolean());
        Assert.Equal(0, hidden.GetProperty("tallies").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, hidden.GetProperty("ballots").ValueKind);
        Assert.Contains("hidden while the vote is open", hidden.GetProperty("hidden").GetString());

        await Advance(cycle, "voting");
        var shown = await GetJson($"/api/cycles/{cycle}/tallies");
        Assert.True(shown.GetProperty("visible").GetBoolean());
        Assert.Equal(2, shown.GetProperty("ballots").GetInt32());
        var lines = shown.GetProperty("tallies").EnumerateArray()
            .Select(t => (t.GetProperty("proposalId").GetGuid(), t.GetProperty("supporters").GetInt32())).ToList();
        Assert.Equal([(library, 2), (park, 1)], lines);
    }

    [Fact]
    public async Task a_cycle_may_show_its_tallies_during_the_vote()
    {
        var cycle = await VotingCycle("mes_points", new { kind = "cumulative", points = 10, talliesVisibleDuringVoting = true });
        var park = await AdmittedCosting(cycle, "한강 그늘막", 300_000);
        await ToVoting(cycle);
        await Vote(cycle, "citizen-1", 201, [park], points: [7]);

        var live = await GetJson($"/api/cycles/{cycle}/tallies");
        Assert.True(live.GetProperty("visible").GetBoolean());
        Assert.Equal(7, live.GetProperty("tallies")[0].GetProperty("points").GetInt64());
        Assert.Equal("cumulative", (await GetJson($"/api/cycles/{cycle}")).GetProperty("voting").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task tallies_of_an_unknown_cycle_are_404() => await GetJson($"/api/cycles/{Guid.NewGuid()}/tallies", 404);

    [Fact]
    public async Task tallies_answer_as_of_an_instant_between_two_ballots_once_the_vote_is_closed()
    {
        var cycle = await VotingCycle();
        var (park, library) = (await AdmittedCosting(cycle, "한강 그늘막", 300_000), await AdmittedCosting(cycle, "작은도서관 야간 개방", 200_000));
        await ToVoting(cycle);
        await Vote(cycle, "citizen-1", 201, [park]);
        await Vote(cycle, "citizen-2", 201, [library]);
        await Vote(cycle, "citizen-1", 200, [library]);

        await using var session = App.Store.QuerySession();
        var ballots = await session.Events.QueryAllRawEvents()
            .Where(e => e.EventTypesAre(typeof(Budgeting.Domain.Cycles.Voting.BallotCast), typeof(Budgeting.Domain.Cycles.Voting.BallotReplaced)))
            .OrderBy(e => e.Sequence).ToListAsync();
        var hiddenNow = await GetJson($"/api/cycles/{cycle}/tallies?asOf={Iso(ballots[0].Timestamp)}");
        Assert.False(hiddenNow.GetProperty("visible").GetBoolean());

        await Advance(cycle, "voting");
        var afterFirst = await GetJson($"/api/cycles/{cycle}/tallies?asOf={Iso(ballots[0].Timestamp)}");
        Assert.Equal(1, afterFirst.GetProperty("ballots").GetInt32());
        Assert.Equal(park, afterFirst.GetProperty("tallies")[0].GetProperty("proposalId").GetGuid());
        Assert.Equal("voting", afterFirst.GetProperty("phase").GetString());
        var beforeReplacement = await GetJson($"/api/cycles/{cycle}/tallies?asOf={Iso(ballots[2].Timestamp, -1)}");
        var split = beforeReplacement.GetProperty("tallies").EnumerateArray()
            .ToDictionary(t => t.GetProperty("proposalId").GetGuid(), t => t.GetProperty("supporters").GetInt32());
        Assert.Equal((1, 1), (split[library], split[park]));
        var final = await GetJson($"/api/cycles/{cycle}/tallies");
        Assert.Equal(2, final.GetProperty("tallies")[0].GetProperty("supporters").GetInt32());
    }

    private static string Iso(DateTimeOffset t, int micros = 0) => NodaTime.Text.InstantPattern.ExtendedIso.Format(
        NodaTime.Instant.FromDateTimeOffset(t).Plus(NodaTime.Duration.FromTicks(10 * micros)));
}

using Budgeting.Api.Commands;
using Budgeting.Api.Cycles.Voting;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Voting;
using Budgeting.Projections.Voting;
using Budgeting.Tests.Support;
using Marten;
using NodaTime;

namespace Budgeting.Tests.Cycles.Voting.Api;

public class CastingBallotsTests(AppFixture app) : VotingContext(app)
{
    [Fact]
    public async Task a_resident_votes_once_and_replaces_the_ballot_until_the_phase_closes()
    {
        var cycle = await VotingCycle();
        var (park, library) = (await AdmittedCosting(cycle, "한강 그늘막", 300_000), await AdmittedCosting(cycle, "작은도서관 야간 개방", 200_000));
        var early = Problem.Of(await Vote(cycle, "citizen-lee", 409, [park]));
        Assert.Contains("needs the Voting phase, but the Intake phase is open", early.GetProperty("detail").GetString());
        await ToVoting(cycle);

        var cast = Body(await Vote(cycle, "citizen-lee", 201, [park]));
        Assert.False(cast.GetProperty("replaced").GetBoolean());
        Assert.False(cast.TryGetProperty("id", out _));
        Assert.True(Body(await Vote(cycle, "citizen-lee", 200, [park, library])).GetProperty("replaced").GetBoolean());
        await Vote(cycle, "citizen-park", 201, [library], district: "gangnam-gu");

        await using (var session = App.Store.QuerySession())
        {
            var ballots = await session.Query<BallotView>().Where(b => b.CycleId == cycle).ToListAsync();
            Assert.Equal([1, 2], ballots.Select(b => b.Selections.Count).Order());
        }
        await Advance(cycle, "voting");
        var late = Problem.Of(await Vote(cycle, "citizen-lee", 409, [park]));
        Assert.Contains("the Voting phase is over", late.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ineligible_or_invalid_ballots_are_refused()
    {
        var cycle = await VotingCycle(scope: "mapo-gu", voting: new { kind = "approval", maxProjects = 1, minimumAge = 18 });
        var park = await AdmittedCosting(cycle, "망원 어린이공원 그늘막", 300_000);
        var library = await AdmittedCosting(cycle, "작은도서관 야간 개방", 200_000);
        var suggested = await Suggest(cycle, "주민 체육시설");
        var elsewhere = await AdmittedCosting(await VotingCycle(scope: "mapo-gu"), "다른 예산 주기의 제안", 100_000);
        await ToVoting(cycle);

        Problem.NamesField(await Vote(cycle, "citizen-1", 400, [park, library], birthDate: "1990-01-01"), "selections", "max-projects");
        Assert.Equal("resident-only", Problem.Of(await Vote(cycle, "citizen-2", 403, [park], district: "gangnam-gu", birthDate: "1990-01-01"))
            .GetProperty("rule").GetString());
        Assert.Equal("minimum-age", Problem.Of(await Vote(cycle, "citizen-3", 403, [park], birthDate: "2015-01-01")).GetProperty("rule").GetString());
        Problem.NamesField(await Vote(cycle, "citizen-4", 409, [suggested], birthDate: "1990-01-01"), "selections[0].proposalId", "on-ballot-only");
        Problem.NamesField(await Vote(cycle, "citizen-5", 400, [Guid.NewGuid()], birthDate: "1990-01-01"), "selections[0].proposalId", "known-proposal");
        // The engine reads only the proposals a ballot names, and only the cycle's: another cycle's is as unknown as none.
        Problem.NamesField(await Vote(cycle, "citizen-6", 400, [park, elsewhere], birthDate: "1990-01-01"), "selections[1].proposalId", "known-proposal");
        await Post($"/api/cycles/{cycle}/ballots", new { selections = new[] { new { proposalId = park } } }, null, 401);
        await Post($"/api/cycles/{cycle}/ballots", new { selections = new[] { new { proposalId = park } } }, Role.Officer, 403);
    }

    [Fact]
    public async Task two_simultaneous_first_ballots_of_one_voter_leave_one_ballot()
    {
        var cycle = await VotingCycle();
        var park = await AdmittedCosting(cycle, "한강 그늘막", 300_000);
        await ToVoting(cycle);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Host.Scenario(s =>
        {
            s.Post.Json(new { selections = new[] { new { proposalId = park } } }).ToUrl($"/api/cycles/{cycle}/ballots");
            s.WithRequestHeader("Authorization", "Bearer " + AppFixture.Token(Role.Citizen, "citizen-twice", "mapo-gu"));
            s.IgnoreStatusCode();
        })));

        Assert.Contains(201, results.Select(r => r.Context.Response.StatusCode));
        Assert.All(results, r => Assert.Contains(r.Context.Response.StatusCode, new[] { 200, 201, 409 }));
        await using var session = App.Store.QuerySession();
        Assert.Equal(1, await session.Query<BallotView>().CountAsync(b => b.CycleId == cycle));
    }

    [Fact]
    public async Task a_first_ballot_whose_voter_record_another_commit_took_first_is_refused_and_writes_nothing()
    {
        var cycle = await VotingCycle();
        var park = await AdmittedCosting(cycle, "한강 그늘막", 300_000);
        await ToVoting(cycle);
        await Vote(cycle, "citizen-first", 201, [park]);
        await using var read = App.Store.QuerySession();
        var taken = await read.Query<VoterRecord>().SingleAsync(r => r.CycleId == cycle);

        // The second of two simultaneous first ballots: it read no record, decided, and reaches the commit after the
        // first one inserted the voter's record.
        var late = Guid.CreateVersion7();
        await using var session = App.Store.LightweightSession();
        var outcome = await session.Start<SecretBallot>(late,
            Decision.Accept(new BallotCast(late, cycle, [new Selection(park, 1)], Voter.Anonymous, App.Clock.GetCurrentInstant())),
            CancellationToken.None, inserted: [taken with { BallotId = late }], refusal: BallotBox.Refused);

        Assert.Equal("concurrent-ballot", Assert.IsType<Outcome.Refused>(outcome).Rejection.Rule);
        Assert.Null(await read.Events.FetchStreamStateAsync(late));
        Assert.Equal(1, await read.Query<BallotView>().CountAsync(b => b.CycleId == cycle));
        Assert.Equal(taken.BallotId, (await read.LoadAsync<VoterRecord>(taken.Id))!.BallotId);
    }
}

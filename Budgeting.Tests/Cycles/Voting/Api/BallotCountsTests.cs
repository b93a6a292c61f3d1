using Alba;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Voting;
using Budgeting.Projections.Voting;
using Budgeting.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Budgeting.Tests.Cycles.Voting.Api;

/// <summary>
/// The incremental count (ballot_counts, moved by count_ballot in the ballot's own transaction) against the ballots
/// themselves, and the close of voting as a fence: a ballot racing the close is counted or refused, never both.
/// </summary>
public class BallotCountsTests(AppFixture app) : VotingContext(app)
{
    [Fact]
    public async Task a_replaced_ballot_moves_its_counts_exactly()
    {
        var cycle = await VotingCycle();
        var (park, library) = (await AdmittedCosting(cycle, "한강 그늘막", 300_000), await AdmittedCosting(cycle, "작은도서관 야간 개방", 200_000));
        await ToVoting(cycle);
        await Vote(cycle, "citizen-1", 201, [park, library]);
        await Vote(cycle, "citizen-2", 201, [park]);
        await Vote(cycle, "citizen-1", 200, [library]);
        await Vote(cycle, "citizen-2", 200, [library]);

        Assert.Equal(0, await Supporters(cycle, park));
        Assert.Equal(2, await Supporters(cycle, library));
        Assert.Equal(2, await Supporters(cycle, Guid.Empty));
        await Advance(cycle, "voting");
        var tallies = await GetJson($"/api/cycles/{cycle}/tallies");
        Assert.Equal(2, tallies.GetProperty("ballots").GetInt32());
        var lines = tallies.GetProperty("tallies").EnumerateArray()
            .Select(t => (t.GetProperty("proposalId").GetGuid(), t.GetProperty("supporters").GetInt32())).ToList();
        Assert.Equal([(library, 2)], lines);
    }

    [Fact]
    public async Task tallies_equal_a_fold_of_the_ballots_now_and_as_of_now()
    {
        var cycle = await VotingCycle("mes_points", new { kind = "cumulative", points = 10, talliesVisibleDuringVoting = true });
        var proposals = new List<Guid>();
        for (var i = 0; i < 4; i++) proposals.Add(await AdmittedCosting(cycle, $"마을 정원 {i}", 100_000 + i));
        await ToVoting(cycle);
        var random = new Random(17);
        for (var v = 0; v < 24; v++)
        {
            var chosen = proposals.Where(_ => random.Next(2) == 0).DefaultIfEmpty(proposals[0]).ToArray();
            var points = chosen.Select(_ => random.Next(1, 10 / chosen.Length + 1)).ToArray();
            await Vote(cycle, $"citizen-{v % 15}", v < 15 ? 201 : 200, chosen, points: points);
        }

        await using var session = App.Store.QuerySession();
        var ballots = await session.Query<BallotView>().Where(b => b.CycleId == cycle).ToListAsync();
        var folded = Tally.Of(ballots.Select(b => (IReadOnlyList<Selection>)b.Selections));
        var now = await GetJson($"/api/cycles/{cycle}/tallies");
        Assert.Equal(ballots.Count, now.GetProperty("ballots").GetInt32());
        Assert.Equal(folded, Lines(now));

        var asOf = NodaTime.Text.InstantPattern.ExtendedIso.Format(NodaTime.SystemClock.Instance.GetCurrentInstant());
        var then = await GetJson($"/api/cycles/{cycle}/tallies?asOf={asOf}");
        Assert.Equal(ballots.Count, then.GetProperty("ballots").GetInt32());
        Assert.Equal(folded, Lines(then));
    }

    [Fact]
    public async Task a_history_that_predates_the_counts_is_counted_once_at_install()
    {
        var cycle = await VotingCycle();
        var (park, library) = (await AdmittedCosting(cycle, "한강 그늘막", 300_000), await AdmittedCosting(cycle, "작은도서관 야간 개방", 200_000));
        await ToVoting(cycle);
        await Vote(cycle, "citizen-1", 201, [park, library]);
        await Vote(cycle, "citizen-2", 201, [park]);
        await Vote(cycle, "citizen-1", 200, [library]);
        await Count("delete from {s}.ballot_counts where cycle_id = @c", ("c", cycle));
        await Count("delete from {s}.counting_meta");

        var installer = App.Host.Services.GetServices<Budgeting.Api.Infrastructure.ISchemaStep>().Single(s => s.Name == "counting");
        await installer.Apply(CancellationToken.None);
        await installer.Apply(CancellationToken.None);

        Assert.Equal(1, await Supporters(cycle, park));
        Assert.Equal(1, await Supporters(cycle, library));
        Assert.Equal(2, await Supporters(cycle, Guid.Empty));
    }

    [Fact]
    public async Task sixty_four_ballots_racing_the_close_are_each_counted_or_refused_with_409()
    {
        for (var round = 0; round < 8; round++)
        {
            var cycle = await VotingCycle();
            var (park, library) = (await AdmittedCosting(cycle, "한강 그늘막", 300_000), await AdmittedCosting(cycle, "작은도서관 야간 개방", 200_000));
            await ToVoting(cycle);
            var voters = Enumerable.Range(0, 64).Select(i => Task.Run(() => Cast(cycle, $"racer-{round}-{i}", i % 2 == 0 ? park : library)))
                .ToList();
            await Task.Delay(round % 4 * 5);
            await Advance(cycle, "voting");
            var statuses = await Task.WhenAll(voters);

            Assert.All(statuses, s => Assert.True(s is 201 or 409, $"a ballot racing the close answered {s}"));
            var tallies = await GetJson($"/api/cycles/{cycle}/tallies");
            var accepted = statuses.Count(s => s == 201);
            Assert.Equal(accepted, tallies.GetProperty("ballots").GetInt32());
            Assert.Equal(accepted, tallies.GetProperty("tallies").EnumerateArray().Sum(t => t.GetProperty("supporters").GetInt32()));
            await using var session = App.Store.QuerySession();
            Assert.Equal(accepted, await session.Query<BallotView>().CountAsync(b => b.CycleId == cycle));
        }
    }

    private async Task<int> Cast(Guid cycle, string voter, Guid proposal)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Json(new { selections = new[] { new { proposalId = proposal } } }, JsonStyle.MinimalApi).ToUrl($"/api/cycles/{cycle}/ballots");
            s.WithRequestHeader("Authorization", "Bearer " + AppFixture.Token(Role.Citizen, voter, "mapo-gu"));
            s.IgnoreStatusCode();
        });
        var status = result.Context.Response.StatusCode;
        if (status == 409)
        {
            var rule = Problem.Of(result).GetProperty("rule").GetString();
            Assert.True(rule is "vote-closed" or "wrong-phase", $"a refused racing ballot names the rule {rule}");
        }
        return status;
    }

    [Fact]
    public async Task tallies_as_of_any_instant_from_checkpoints_equal_the_fold_of_every_ballot_event()
    {
        var cycle = await VotingCycle("mes_points", new { kind = "cumulative", points = 10, talliesVisibleDuringVoting = true });
        var proposals = new List<Guid>();
        for (var i = 0; i < 4; i++) proposals.Add(await AdmittedCosting(cycle, $"골목 정원 {i}", 100_000 + i));
        await ToVoting(cycle);
        var random = new Random(23);
        var instants = new List<NodaTime.Instant> { NodaTime.SystemClock.Instance.GetCurrentInstant() };
        for (var v = 0; v < 30; v++)
        {
            var chosen = proposals.Where(_ => random.Next(2) == 0).DefaultIfEmpty(proposals[v % 4]).ToArray();
            var points = chosen.Select(_ => random.Next(1, 10 / chosen.Length + 1)).ToArray();
            await Vote(cycle, $"citizen-{v % 12}", v < 12 ? 201 : 200, chosen, points: points);
            instants.Add(NodaTime.SystemClock.Instance.GetCurrentInstant());
        }

        var database = App.Host.Services.GetRequiredService<Budgeting.Api.Audit.Chain.AuditDatabase>();
        for (var tries = 0; tries < 50 && await Count("select count(distinct at) from {s}.ballot_checkpoints where cycle_id = @c", ("c", cycle)) < 5; tries++)
            if (await Budgeting.Api.Cycles.Counting.BallotCheckpointer.Advance(database, TimeSpan.Zero, 4, default) == 0) await Task.Delay(100);
        Assert.True(await Count("select count(distinct at) from {s}.ballot_checkpoints where cycle_id = @c", ("c", cycle)) >= 5);

        await using var session = App.Store.QuerySession();
        var stamps = await session.Events.QueryAllRawEvents().Where(e => e.EventTypeName == "ballot_cast" || e.EventTypeName == "ballot_replaced")
            .Select(e => e.Timestamp).ToListAsync();
        foreach (var stamp in stamps)
        {
            var at = NodaTime.Instant.FromDateTimeOffset(stamp);
            instants.AddRange([at, at - NodaTime.Duration.FromTicks(10), at + NodaTime.Duration.FromTicks(10)]);
        }
        foreach (var at in instants)
        {
            var asOf = new Budgeting.Api.Audit.TimeTravel.AsOf(at, null);
            var (ballots, tallies) = await Budgeting.Api.Cycles.Counting.BallotCounts.At(session, cycle, asOf, default);
            var (foldedBallots, folded) = await Budgeting.Api.Cycles.Counting.BallotCounts.Folded(session, cycle, asOf, default);
            Assert.Equal(foldedBallots, ballots);
            Assert.Equal(folded, tallies);
        }
        var last = NodaTime.Text.InstantPattern.ExtendedIso.Format(instants.Max());
        Assert.Equal(12, (await GetJson($"/api/cycles/{cycle}/tallies?asOf={last}")).GetProperty("ballots").GetInt32());
    }

    [Fact]
    public async Task the_index_that_finds_a_cycles_ballot_events_by_time_survives_martens_schema_check()
    {
        // Marten's schema check drops indexes on mt_events it does not know: without Events.IgnoreIndex the engine's
        // own start (and the bulk ballots load) removed it, and tallies as of an instant scanned every event.
        await App.Store.Storage.ApplyAllConfiguredChangesToDatabaseAsync(JasperFx.AutoCreate.CreateOrUpdate);
        Assert.Equal(1, await Count("select count(*) from pg_indexes where schemaname = '{s}' and tablename = 'mt_events' and indexname = @i",
            ("i", Budgeting.Api.Cycles.Counting.CountingSql.BallotEventsIndex)));
    }

    [Fact]
    public async Task two_open_transactions_counting_for_the_same_proposal_write_different_shards_and_neither_waits()
    {
        // Any shard sums the same, so each transaction takes one no other open transaction holds: two transactions
        // counting for one proposal (on one backend's shard each, or one ballot's hash before) must not wait for each other.
        var settings = App.Host.Services.GetRequiredService<EngineSettings>();
        var (cycle, proposal) = (Guid.NewGuid(), Guid.NewGuid());
        var selections = $$"""[{"proposalId": "{{proposal}}", "points": 1}]""";
        var open = new List<(NpgsqlConnection Connection, NpgsqlTransaction Transaction)>();
        try
        {
            for (var i = 0; i < 2; i++)
            {
                var connection = new NpgsqlConnection(settings.ConnectionString);
                await connection.OpenAsync();
                var transaction = await connection.BeginTransactionAsync();
                open.Add((connection, transaction));
                await using var count = new NpgsqlCommand(
                    $"set local lock_timeout = '2s'; select {settings.SchemaName}.count_ballot(@c, null, @n::jsonb)", connection, transaction)
                    { Parameters = { new("c", cycle), new("n", selections) } };
                await count.ExecuteNonQueryAsync();
            }
            foreach (var (_, transaction) in open) await transaction.CommitAsync();
        }
        finally
        {
            foreach (var (connection, _) in open) await connection.DisposeAsync();
        }
        Assert.Equal(2, await Supporters(cycle, proposal));
        Assert.Equal(2, await Count("select count(distinct shard) from {s}.ballot_counts where cycle_id = @c and proposal_id = @p",
            ("c", cycle), ("p", proposal)));
    }

    private Task<long> Supporters(Guid cycle, Guid proposal) => Count(
        "select coalesce(sum(supporters), 0) from {s}.ballot_counts where cycle_id = @c and proposal_id = @p", ("c", cycle), ("p", proposal));

    private static List<ProposalTally> Lines(System.Text.Json.JsonElement view) => view.GetProperty("tallies").EnumerateArray()
        .Select(t => new ProposalTally(t.GetProperty("proposalId").GetGuid(), t.GetProperty("supporters").GetInt32(),
            t.GetProperty("points").GetInt64()))
        .ToList();
}

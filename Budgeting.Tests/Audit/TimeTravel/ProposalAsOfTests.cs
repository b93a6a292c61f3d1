using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.HoldingDiscussions;
using Budgeting.Projections.Proposals;
using Budgeting.Tests.Support;
using NodaTime;

namespace Budgeting.Tests.Audit.TimeTravel;

public class ProposalAsOfTests(AppFixture app) : TimeTravelContext(app)
{
    [Fact]
    public async Task the_details_at_each_recorded_instant_and_between_two_are_the_state_after_that_version()
    {
        var id = await Admitted(await OpenCycle());
        var recorded = await Recorded(id);
        string[] statuses = ["suggested", "inDeliberation", "inDeliberation", "inDeliberation", "admitted"];

        for (var v = 1; v <= recorded.Count; v++)
        {
            var byVersion = await GetJson($"/api/proposals/{id}?version={v}");
            Assert.Equal(v, byVersion.GetProperty("version").GetInt64());
            Assert.Equal(statuses[v - 1], byVersion.GetProperty("status").GetString());
            Assert.Equal(byVersion.GetRawText(), (await GetJson($"/api/proposals/{id}?asOf={Iso(recorded[v - 1])}")).GetRawText());
            if (v < recorded.Count)
                Assert.Equal(byVersion.GetRawText(),
                    (await GetJson($"/api/proposals/{id}?asOf={Iso(Between(recorded[v - 1], recorded[v]))}")).GetRawText());
        }
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await GetJson($"/api/proposals/{id}?version=2")).GetProperty("costEstimate").ValueKind);
        Assert.Equal(await RawText($"/api/proposals/{id}"),
            await RawText($"/api/proposals/{id}?asOf={Iso(recorded[^1] + Duration.FromHours(1))}"));
    }

    [Fact]
    public async Task a_long_stream_answers_every_version_as_a_whole_fold_does_whichever_was_asked_first()
    {
        var id = await Suggest(await OpenCycle());
        await Officer(id, "deliberation", new { });
        await using (var session = App.Store.LightweightSession())
        {
            var at = Instant.FromUtc(2026, 3, 1, 9, 0);
            session.Events.Append(id, Enumerable.Range(0, 248).Select(i => (object)new DiscussionHeld(id, new LocalDate(2026, 3, 1),
                ["주민 대표"], $"회의 {i}", new Actor("officer-lee", Role.Officer), at + Duration.FromMinutes(i))).ToArray());
            await session.SaveChangesAsync();
        }

        await AnswersEveryVersionAsWholeFold<ProposalDetails>($"/api/proposals/{id}", id);
    }

    [Fact]
    public async Task two_events_in_the_same_second_are_told_apart_by_their_microseconds()
    {
        var id = await Suggest(await OpenCycle());
        await Officer(id, "deliberation", new { });
        var recorded = await Recorded(id);
        for (var i = 0; i < 20 && !HasPairInOneSecond(recorded); i++)
        {
            await Officer(id, "discussions", new { heldOn = "2026-03-01", participants = new[] { "주민 대표" }, summary = $"주민 회의 {i}" });
            recorded = await Recorded(id);
        }
        var k = Enumerable.Range(1, recorded.Count - 1).First(i => SameSecond(recorded[i - 1], recorded[i]));

        var between = await GetJson($"/api/proposals/{id}?asOf={Iso(Between(recorded[k - 1], recorded[k]))}");
        Assert.Equal(k, between.GetProperty("version").GetInt64());
        var atLater = await GetJson($"/api/proposals/{id}?asOf={Iso(recorded[k])}");
        Assert.Equal(k + 1, atLater.GetProperty("version").GetInt64());
        var history = await GetJson($"/api/proposals/{id}/history?asOf={Iso(recorded[k] - Microsecond)}");
        Assert.Equal(k, history.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task the_history_as_of_an_instant_or_a_version_ends_there()
    {
        var id = await Admitted(await OpenCycle());
        var recorded = await Recorded(id);

        var atThree = await GetJson($"/api/proposals/{id}/history?asOf={Iso(Between(recorded[2], recorded[3]))}");
        Assert.Equal(3, atThree.GetProperty("version").GetInt64());
        Assert.Equal(["ProposalSuggested", "DeliberationOpened", "CostEstimated"],
            atThree.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(atThree.GetRawText(), (await GetJson($"/api/proposals/{id}/history?version=3")).GetRawText());
        Assert.Equal(await RawText($"/api/proposals/{id}/history"), await RawText($"/api/proposals/{id}/history?version=5"));
    }

    [Fact]
    public async Task before_the_proposal_existed_is_a_404_saying_so()
    {
        var id = await Suggest(await OpenCycle());
        var before = (await Recorded(id))[0] - Microsecond;

        foreach (var path in new[] { $"/api/proposals/{id}", $"/api/proposals/{id}/history" })
        {
            var problem = await NotFound($"{path}?asOf={Iso(before)}");
            Assert.Equal($"proposal {id} did not exist at {NodaTime.Text.InstantPattern.ExtendedIso.Format(before)}",
                problem.GetProperty("detail").GetString());
            Assert.Equal("not-yet", problem.GetProperty("rule").GetString());
            Assert.Contains("has no version 9; its latest is 1", (await NotFound($"{path}?version=9")).GetProperty("detail").GetString());
            Assert.Contains("no proposal with id", (await NotFound($"/api/proposals/{Guid.NewGuid()}?asOf={Iso(before)}"))
                .GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task a_cycle_id_is_not_a_proposal_at_any_instant()
    {
        var cycle = await OpenCycle();
        var recorded = await Recorded(cycle);
        await NotFound($"/api/proposals/{cycle}?asOf={Iso(recorded[0])}");
        await NotFound($"/api/proposals/{cycle}?asOf={Iso(recorded[0] - Microsecond)}");
        await NotFound($"/api/proposals/{cycle}/history?version=1");
    }

    [Fact]
    public async Task an_instant_with_an_offset_is_the_same_instant_in_utc()
    {
        var id = await Admitted(await OpenCycle());
        var at = Between((await Recorded(id))[1], (await Recorded(id))[2]);
        var seoul = at.InZone(DateTimeZoneProviders.Tzdb["Asia/Seoul"]).ToOffsetDateTime();
        var withOffset = NodaTime.Text.OffsetDateTimePattern.ExtendedIso.Format(seoul);

        Assert.Equal((await GetJson($"/api/proposals/{id}?asOf={Iso(at)}")).GetRawText(),
            (await GetJson($"/api/proposals/{id}?asOf={Uri.EscapeDataString(withOffset)}")).GetRawText());
        Assert.Equal(2, (await GetJson($"/api/proposals/{id}?asOf={withOffset}")).GetProperty("version").GetInt64());
    }

    [Theory]
    [InlineData("asOf=yesterday", "asOf", "instant")]
    [InlineData("asOf=2026-03-02", "asOf", "instant")]
    [InlineData("version=0", "version", "range")]
    [InlineData("version=two", "version", "range")]
    [InlineData("version=1&asOf=2026-03-02T00:30:00Z", "version", "one-of")]
    public async Task a_malformed_point_in_time_is_a_400_naming_it(string query, string field, string rule)
    {
        var id = await Suggest(await OpenCycle());
        foreach (var path in new[] { $"/api/proposals/{id}", $"/api/proposals/{id}/history" })
        {
            var result = await Host.Scenario(s => { s.Get.Url($"{path}?{query}"); s.StatusCodeShouldBe(400); });
            Problem.NamesField(result, field, rule);
        }
    }

    private static bool SameSecond(Instant a, Instant b) => a.ToUnixTimeSeconds() == b.ToUnixTimeSeconds();

    private static bool HasPairInOneSecond(IReadOnlyList<Instant> recorded) =>
        Enumerable.Range(1, recorded.Count - 1).Any(i => SameSecond(recorded[i - 1], recorded[i]));
}

using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scoring;
using Budgeting.Domain.Cycles.Voting;
using Budgeting.Projections.Cycles;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Audit.TimeTravel;

public class CycleAsOfTests(AppFixture app) : TimeTravelContext(app)
{
    [Fact]
    public async Task the_cycle_as_of_an_instant_has_the_envelope_and_committee_of_then()
    {
        var cycle = await OpenCycle();
        await Post($"/api/cycles/{cycle}/committee", new { memberId = "member-1" }, Role.Admin, 200);
        await Post($"/api/cycles/{cycle}/envelope", new { envelope = 9_000_000_000, reason = "시의회 예산 조정" }, Role.Admin, 200);
        var recorded = await Recorded(cycle);

        var opened = await GetJson($"/api/cycles/{cycle}?asOf={Iso(Between(recorded[0], recorded[1]))}");
        Assert.Equal((1L, 10_000_000_000L, 0), (opened.GetProperty("version").GetInt64(), opened.GetProperty("envelope").GetInt64(),
            opened.GetProperty("committee").GetArrayLength()));
        var appointed = await GetJson($"/api/cycles/{cycle}?asOf={Iso(recorded[2] - Microsecond)}");
        Assert.Equal((2L, 10_000_000_000L, 1), (appointed.GetProperty("version").GetInt64(), appointed.GetProperty("envelope").GetInt64(),
            appointed.GetProperty("committee").GetArrayLength()));
        Assert.Equal(appointed.GetRawText(), (await GetJson($"/api/cycles/{cycle}?version=2")).GetRawText());
        Assert.Equal(await RawText($"/api/cycles/{cycle}"), await RawText($"/api/cycles/{cycle}?asOf={Iso(recorded[2])}"));

        var problem = await NotFound($"/api/cycles/{cycle}?asOf={Iso(recorded[0] - Microsecond)}");
        Assert.StartsWith($"budget cycle {cycle} did not exist at ", problem.GetProperty("detail").GetString());
        await NotFound($"/api/cycles/{cycle}?version=4");
    }

    [Fact]
    public async Task the_ranking_as_of_an_instant_counts_the_scores_recorded_by_then()
    {
        var cycle = await OpenCycle();
        var shade = await Admitted(cycle, "어린이놀이터 그늘막 설치");
        var lights = await Admitted(cycle, "산책로 조명 개선");
        await Post($"/api/cycles/{cycle}/committee", new { memberId = "member-1" }, Role.Admin, 200);
        await Post($"/api/cycles/{cycle}/committee", new { memberId = "member-2" }, Role.Admin, 200);
        await Score(cycle, shade, "member-1", 9);
        await Score(cycle, lights, "member-1", 6);
        await Score(cycle, lights, "member-2", 10);
        await Score(cycle, shade, "member-2", 2);
        await Post($"/api/cycles/{cycle}/committee/member-2/removal", new { reason = "이해충돌로 사임" }, Role.Admin, 200);
        var recorded = await Recorded(cycle);

        Assert.Empty(await Ranking($"asOf={Iso(Between(recorded[2], recorded[3]))}"));
        Assert.Equal([(shade, 36, 1), (lights, 24, 1)], await Ranking($"asOf={Iso(recorded[4])}"));
        Assert.Equal([(shade, 36, 1), (lights, 64, 2)], await Ranking($"asOf={Iso(Between(recorded[5], recorded[6]))}"));
        Assert.Equal([(lights, 64, 2), (shade, 44, 2)], await Ranking("version=7"));
        Assert.Equal([(shade, 36, 1), (lights, 24, 1)], await Ranking(""));
        Assert.Equal((await GetJson($"/api/cycles/{cycle}")).GetProperty("ranking").GetRawText(),
            (await GetJson($"/api/cycles/{cycle}/ranking")).GetProperty("ranking").GetRawText());
        await NotFound($"/api/cycles/{cycle}/ranking?asOf={Iso(recorded[0] - Microsecond)}");
        await NotFound($"/api/cycles/{shade}/ranking");

        async Task<List<(Guid, int, int)>> Ranking(string query) =>
            (await GetJson($"/api/cycles/{cycle}/ranking?{query}")).GetProperty("ranking").EnumerateArray()
            .Select(r => (r.GetProperty("proposalId").GetGuid(), r.GetProperty("points").GetInt32(), r.GetProperty("scorers").GetInt32()))
            .ToList();
    }

    [Fact]
    public async Task a_long_cycle_answers_every_version_as_a_whole_fold_does_whichever_was_asked_first()
    {
        var cycle = await OpenCycle();
        var shade = await Admitted(cycle, "어린이놀이터 그늘막 설치");
        await using (var session = App.Store.LightweightSession())
        {
            // A committee's scores, as a city cycle's stream holds thousands: 249 after the opening, each member rescoring in turn;
            // version 101 is an event the cycle's read model ignores (an erasure of voter records), so the state of version
            // 101 is folded from the checkpoint of version 100 without a new instance, and that checkpoint must not change.
            session.Events.Append(cycle, Enumerable.Range(0, 249).Select(i => i == 99
                ? new VoterRecordsErased(cycle, 3, new Actor("admin-1", Role.Admin), App.Clock.GetCurrentInstant())
                : (object)new ProposalScored(cycle, shade, $"member-{i % 7}", new Scores(1 + i % 10, 1 + i % 9, 1 + i % 8, 1 + i % 7),
                    "근거를 충분히 검토했습니다", new Actor($"member-{i % 7}", Role.Committee), App.Clock.GetCurrentInstant())).ToArray());
            await session.SaveChangesAsync();
        }

        await AnswersEveryVersionAsWholeFold<CycleView>($"/api/cycles/{cycle}", cycle);
    }

    /// <summary>A score as the scoring endpoint records it, appended directly (the endpoint's rules are tested with the committee's).</summary>
    private async Task Score(Guid cycle, Guid proposal, string member, int each)
    {
        var by = new Actor(member, Role.Committee);
        await using var session = App.Store.LightweightSession();
        session.Events.Append(cycle, new ProposalScored(cycle, proposal, member, new Scores(each, each, each, each),
            "근거를 충분히 검토했습니다", by, App.Clock.GetCurrentInstant()));
        await session.SaveChangesAsync();
    }
}

using Budgeting.Api.Cycles.Allocating;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Proposals.Funding;
using Budgeting.Tests.Proposals.Api;
using Budgeting.Tests.Support;
using Marten;
using Wolverine;
using Wolverine.Tracking;

namespace Budgeting.Tests.Cycles;

/// <summary>From scores to money: a committee ranks admitted proposals, recommends, allocates; the ledger adds up.</summary>
public class AllocationApiTests(AppFixture app) : ProposalContext(app)
{
    private const string Chair = "member-chair", Second = "member-two";

    private async Task<Guid> DistrictCycle(long envelope)
    {
        var created = await Post("/api/cycles", new { name = "마포구 주민참여예산 2027", scope = "mapo-gu", fiscalYear = 2027, envelope },
            Role.Admin, 201);
        var id = Body(created).GetProperty("id").GetGuid();
        foreach (var member in new[] { Chair, Second }) await Post($"/api/cycles/{id}/committee", new { memberId = member }, Role.Admin, 200);
        return id;
    }

    private Task Advance(Guid cycleId, string from) =>
        Post($"/api/cycles/{cycleId}/phase/advance", new { from, reason = "committee timetable" }, Role.Admin, 200);

    private Task<Alba.IScenarioResult> Score(Guid cycleId, Guid proposalId, int score, string member = Chair, int status = 200) =>
        Post($"/api/cycles/{cycleId}/scores", new
        {
            proposalId, rationale = "주민 수요와 효과를 검토함",
            scores = new { publicBenefit = score, feasibility = score, reach = score, urgency = score },
        }, Role.Committee, status, member);

    /// <summary>Recommends, moves to the allocation phase and allocates, waiting for the funding messages.</summary>
    private async Task<ITrackedSession> Allocated(Guid cycle)
    {
        await Post($"/api/cycles/{cycle}/recommendation", new { note = "위원회 권고안" }, Role.Committee, 200, Chair);
        await Advance(cycle, "prioritisation");
        return await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).ExecuteAndWaitAsync(
            (Func<IMessageContext, Task>)(_ => Post($"/api/cycles/{cycle}/allocation", new { }, Role.Committee, 200, Chair)));
    }

    private async Task<(Guid Cycle, Guid Park, Guid Library, Guid Lights)> Prioritised()
    {
        var cycle = await DistrictCycle(envelope: 100_000_000);
        var park = await AdmittedCosting(cycle, "망원 어린이공원 그늘막", 60_000_000);
        var library = await AdmittedCosting(cycle, "작은도서관 야간 개방", 50_000_000);
        var lights = await AdmittedCosting(cycle, "골목길 보안등 교체", 30_000_000);
        await Advance(cycle, "intake");
        await Advance(cycle, "deliberation");
        await Score(cycle, park, 9);
        await Score(cycle, library, 8);
        await Score(cycle, lights, 6);
        return (cycle, park, library, lights);
    }

    [Fact]
    public async Task the_ranking_is_derived_from_scores_and_empty_before_any()
    {
        var cycle = await DistrictCycle(100_000_000);
        Assert.Equal(0, (await GetJson($"/api/cycles/{cycle}/ranking")).GetProperty("ranking").GetArrayLength());

        var (withScores, park, library, lights) = await Prioritised();
        var ranking = (await GetJson($"/api/cycles/{withScores}/ranking")).GetProperty("ranking");
        Assert.Equal([park, library, lights], ranking.EnumerateArray().Select(r => r.GetProperty("proposalId").GetGuid()));
        Assert.Equal(9.0m, ranking[0].GetProperty("mean").GetDecimal());
    }

    [Fact]
    public async Task scoring_outside_prioritisation_is_409_naming_the_open_phase()
    {
        var cycle = await DistrictCycle(100_000_000);
        var park = await AdmittedCosting(cycle, "망원 어린이공원 그늘막", 60_000_000);
        var refused = await Score(cycle, park, 9, status: 409);
        Assert.Contains("Intake phase is open", Problem.Of(refused).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task only_a_member_of_this_cycles_committee_scores()
    {
        var (cycle, park, _, _) = await Prioritised();
        await Score(cycle, park, 3, member: "member-of-another-district", status: 403);
        await Post($"/api/cycles/{cycle}/scores", new { proposalId = park }, Role.Officer, 403);
    }

    [Fact]
    public async Task explanation_gives_every_candidate_a_reason_with_figures_and_matches_the_decision()
    {
        var (cycle, park, library, lights) = await Prioritised();
        await GetJson($"/api/cycles/{cycle}/allocation/explanation", 404);
        await Allocated(cycle);

        var explanation = await GetJson($"/api/cycles/{cycle}/allocation/explanation");

        Assert.Equal("committee_priority", explanation.GetProperty("rule").GetString());
        Assert.True(explanation.GetProperty("matchesDecision").GetBoolean());
        Assert.False(string.IsNullOrEmpty(explanation.GetProperty("recordedAt").GetString()));
        var projects = explanation.GetProperty("projects").EnumerateArray()
            .ToDictionary(p => p.GetProperty("proposalId").GetGuid());
        Assert.Equal(3, projects.Count);
        Assert.True(projects[park].GetProperty("funded").GetBoolean());
        Assert.True(projects[lights].GetProperty("funded").GetBoolean());
        Assert.False(projects[library].GetProperty("funded").GetBoolean());
        Assert.Equal("skipped by the committee ranking walk: cost 50,000,000 > 40,000,000 left (rank 2)",
            projects[library].GetProperty("reason").GetString());
        Assert.Equal("walkSkipped", projects[library].GetProperty("reasonCode").GetString());
        Assert.Equal("40000000", projects[library].GetProperty("remaining").GetString());
        Assert.Equal(1, explanation.GetProperty("rounds").GetArrayLength());

        var before = explanation.GetProperty("recordedAt").GetString()!.Replace("Z", "").Split('.')[0] + "Z";
        var past = DateTimeOffset.Parse(before).AddSeconds(-1).ToString("yyyy-MM-ddTHH:mm:ssZ");
        await GetJson($"/api/cycles/{cycle}/allocation/explanation?asOf={past}", 404);
        await GetJson($"/api/cycles/{cycle}/allocation/explanation?asOf=yesterday", 400);
    }

    [Fact]
    public async Task the_allocation_page_explains_and_replays()
    {
        var (cycle, _, _, _) = await Prioritised();
        await Allocated(cycle);

        var page = await Host.Scenario(s => s.Get.Url($"/cycles/{cycle}/allocation?culture=en"));
        var html = await page.ReadAsTextAsync();

        Assert.Contains("<caption>", html);
        Assert.Contains("Skipped in the committee ranking order: cost ₩50,000,000 &gt; ₩40,000,000 left (rank 2).", html);
        Assert.Contains("Replay", html);
    }

    [Fact]
    public async Task allocation_funds_in_rank_order_and_the_proposals_follow_through_the_outbox()
    {
        var (cycle, park, library, lights) = await Prioritised();
        var tracked = await Allocated(cycle);

        Assert.Equal(2, tracked.Executed.MessagesOf<FundProposal>().Count());
        Assert.Single(tracked.Executed.MessagesOf<LeaveProposalUnfunded>());
        Assert.Equal("budgeted", (await GetJson($"/api/proposals/{park}")).GetProperty("status").GetString());
        Assert.Equal("notFunded", (await GetJson($"/api/proposals/{library}")).GetProperty("status").GetString());
        Assert.Equal(30_000_000, (await GetJson($"/api/proposals/{lights}")).GetProperty("budgetedAmount").GetInt64());

        var ledger = await GetJson($"/api/cycles/{cycle}/ledger");
        Assert.Equal((100_000_000L, 90_000_000L, 0L, 10_000_000L), (ledger.GetProperty("envelope").GetInt64(),
            ledger.GetProperty("allocated").GetInt64(), ledger.GetProperty("spent").GetInt64(), ledger.GetProperty("remaining").GetInt64()));
        Assert.Equal(90_000_000, ledger.GetProperty("byDistrict")[0].GetProperty("allocated").GetInt64());
    }

    [Fact]
    public async Task a_redelivered_funding_message_changes_nothing()
    {
        var (cycle, park, _, _) = await Prioritised();
        await Allocated(cycle);

        await Host.InvokeMessageAndWaitAsync(new FundProposal(park, new Won(60_000_000), Guid.NewGuid()));

        await using var session = App.Store.QuerySession();
        Assert.Single(await session.Events.FetchStreamAsync(park), e => e.Data is ProposalBudgeted);
    }

    [Fact]
    public async Task two_simultaneous_allocation_commands_give_exactly_one_decision()
    {
        var (cycle, _, _, _) = await Prioritised();
        await Post($"/api/cycles/{cycle}/recommendation", new { }, Role.Committee, 200, Chair);
        await Advance(cycle, "prioritisation");

        var results = await Task.WhenAll(new[] { Chair, Second }.Select(member => Host.Scenario(s =>
        {
            s.Post.Json(new { }).ToUrl($"/api/cycles/{cycle}/allocation");
            s.WithRequestHeader("Authorization", Bearer(Role.Committee, member));
            s.IgnoreStatusCode();
        })));

        var codes = results.Select(r => r.Context.Response.StatusCode).OrderBy(c => c).ToArray();
        Assert.Equal(200, codes[0]);
        Assert.Contains(codes[1], new[] { 409, 412 });
        await using var session = App.Store.QuerySession();
        Assert.Single(await session.Events.FetchStreamAsync(cycle), e => e.Data is AllocationDecided);
        var verdict = Body(await Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/verify");
            s.WithRequestHeader("Authorization", Bearer(Role.Auditor));
        }));
        Assert.True(verdict.GetProperty("intact").GetBoolean(), verdict.ToString());
    }

    [Fact]
    public async Task a_council_cut_lowers_the_ledger_and_spending_beyond_the_budget_needs_an_approved_overrun()
    {
        var (cycle, park, _, _) = await Prioritised();
        await Allocated(cycle);

        await Command(park, "funding-adjustments",
            new { newAmount = 55_000_000, reason = "시의회 예산 심의 감액", councilReference = "마포구의회 제270회 예결특위" }, Role.Admin, 200);
        await Officer(park, "implementation", new { });
        await Officer(park, "spending", new { amount = 55_000_000, description = "그늘막 설치 계약" });
        await Command(park, "spending", new { amount = 1_000_000, description = "추가 공사" }, Role.Officer, 409);
        await Officer(park, "overrun-approvals", new { amount = 1_000_000, reason = "지반 보강 필요" });
        await Officer(park, "spending", new { amount = 1_000_000, description = "추가 공사" });

        var ledger = await GetJson($"/api/cycles/{cycle}/ledger");
        Assert.Equal((85_000_000L, 56_000_000L, 15_000_000L), (ledger.GetProperty("allocated").GetInt64(),
            ledger.GetProperty("spent").GetInt64(), ledger.GetProperty("remaining").GetInt64()));
        var line = ledger.GetProperty("funded").EnumerateArray().Single(l => l.GetProperty("proposalId").GetGuid() == park);
        Assert.True(line.GetProperty("overrunApproved").GetBoolean());
        Assert.True(line.GetProperty("overBudget").GetBoolean());
        var district = ledger.GetProperty("byDistrict")[0];
        Assert.Equal((2, 1), (district.GetProperty("projects").GetInt32(), district.GetProperty("overBudget").GetInt32()));

        var page = await (await Host.Scenario(s => s.Get.Url($"/cycles/{cycle}?culture=en"))).ReadAsTextAsync();
        Assert.Contains("1 over budget", page);
    }

    [Fact]
    public async Task the_audit_export_carries_the_ledger_and_every_allocation_decision_as_csv()
    {
        var (cycle, park, library, lights) = await Prioritised();
        await Allocated(cycle);

        var export = await Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/export");
            s.WithRequestHeader("Authorization", Bearer(Role.Auditor));
        });
        var body = new MemoryStream();
        if (export.Context.Response.Body.CanSeek) export.Context.Response.Body.Position = 0;
        await export.Context.Response.Body.CopyToAsync(body);
        body.Position = 0;
        using var zip = new System.IO.Compression.ZipArchive(body);
        var decisions = Lines(zip, "allocation-decisions.csv");
        Assert.Contains(decisions, l => l.Contains(park.ToString()) && l.EndsWith(",funded,60000000"));
        Assert.Contains(decisions, l => l.Contains(lights.ToString()) && l.EndsWith(",funded,30000000"));
        Assert.Contains(decisions, l => l.Contains(library.ToString()) && l.EndsWith(",not-funded,0"));
        var ledger = Lines(zip, "ledger.csv");
        Assert.Contains(ledger, l => l.StartsWith($"{cycle},") && l.Contains(",total,,100000000,90000000,0,10000000,"));
    }

    private static string[] Lines(System.IO.Compression.ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }

    [Fact]
    public async Task the_ledger_answers_as_of_an_instant_between_the_allocation_and_the_council_cut()
    {
        var (cycle, park, _, _) = await Prioritised();
        await Allocated(cycle);
        await Command(park, "funding-adjustments",
            new { newAmount = 55_000_000, reason = "시의회 예산 심의 감액", councilReference = "마포구의회 제270회" }, Role.Admin, 200);

        await using var session = App.Store.QuerySession();
        var cut = (await session.Events.FetchStreamAsync(park)).Single(e => e.Data is FundingAdjusted);
        var opened = (await session.Events.FetchStreamAsync(cycle))[0];
        string Just(DateTimeOffset t, int micros) => NodaTime.Text.InstantPattern.ExtendedIso.Format(
            NodaTime.Instant.FromDateTimeOffset(t).Plus(NodaTime.Duration.FromTicks(10 * micros)));

        var before = await GetJson($"/api/cycles/{cycle}/ledger?asOf={Just(cut.Timestamp, -1)}");
        var after = await GetJson($"/api/cycles/{cycle}/ledger?asOf={Just(cut.Timestamp, 0)}");
        Assert.Equal(90_000_000, before.GetProperty("allocated").GetInt64());
        Assert.Equal(85_000_000, after.GetProperty("allocated").GetInt64());
        Assert.Equal(85_000_000, (await GetJson($"/api/cycles/{cycle}/ledger")).GetProperty("allocated").GetInt64());
        await GetJson($"/api/cycles/{cycle}/ledger?asOf={Just(opened.Timestamp, -1)}", 404);
    }
}

using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Tests.Support;
using NodaTime;
using Wolverine.Tracking;

namespace Budgeting.Tests.Cycles;

public class CyclePhasesApiTests(AppFixture app) : ApiContext(app)
{
    private async Task<Guid> OpenCycle()
    {
        var created = await Post("/api/cycles", new { name = "Mapo 2027", scope = "mapo-gu", fiscalYear = 2027, envelope = 500_000_000 },
            Role.Admin, 201);
        return Body(created).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task a_new_cycle_is_in_intake_with_the_default_schedule()
    {
        var id = await OpenCycle();
        var cycle = await GetJson($"/api/cycles/{id}");
        Assert.Equal("intake", cycle.GetProperty("phase").GetString());
        Assert.Equal("committee_priority", cycle.GetProperty("rule").GetString());
        Assert.Equal("2026-04-01T18:00:00", cycle.GetProperty("schedule")[0].GetProperty("endsAt").GetString());
    }

    [Fact]
    public async Task an_administrator_advances_a_phase_with_a_reason_and_the_version_moves()
    {
        var id = await OpenCycle();
        var result = await Post($"/api/cycles/{id}/phase/advance", new { from = "intake", reason = "intake target reached" }, Role.Admin, 200);
        Assert.Equal("\"2\"", result.Context.Response.Headers.ETag.ToString());
        Assert.Equal("deliberation", (await GetJson($"/api/cycles/{id}")).GetProperty("phase").GetString());
    }

    [Fact]
    public async Task advancing_with_a_stale_if_match_is_412_and_changes_nothing()
    {
        var id = await OpenCycle();
        await Host.Scenario(s =>
        {
            s.Post.Json(new { from = "intake", reason = "intake target reached" }).ToUrl($"/api/cycles/{id}/phase/advance");
            s.WithRequestHeader("Authorization", Bearer(Role.Admin));
            s.WithRequestHeader("If-Match", "\"7\"");
            s.StatusCodeShouldBe(412);
        });
        Assert.Equal("intake", (await GetJson($"/api/cycles/{id}")).GetProperty("phase").GetString());
    }

    [Fact]
    public async Task a_committee_member_may_not_advance_phases()
    {
        var id = await OpenCycle();
        await Post($"/api/cycles/{id}/phase/advance", new { from = "intake", reason = "impatient" }, Role.Committee, 403);
    }

    [Fact]
    public async Task the_deadline_message_advances_the_phase_once_the_clock_has_passed_it()
    {
        var id = await OpenCycle();
        await Host.InvokeMessageAndWaitAsync(new Budgeting.Api.Cycles.Scheduling.PhaseDeadlineReached(id));
        Assert.Equal("intake", (await GetJson($"/api/cycles/{id}")).GetProperty("phase").GetString());

        App.Clock.Reset(Instant.FromUtc(2026, 4, 1, 9, 0));
        await Host.InvokeMessageAndWaitAsync(new Budgeting.Api.Cycles.Scheduling.PhaseDeadlineReached(id));
        await Host.InvokeMessageAndWaitAsync(new Budgeting.Api.Cycles.Scheduling.PhaseDeadlineReached(id));

        Assert.Equal("deliberation", (await GetJson($"/api/cycles/{id}")).GetProperty("phase").GetString());
        await using var session = App.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(id);
        Assert.Single(events, e => e.Data is PhaseAdvanced);
    }

    [Fact]
    public async Task extending_a_phase_moves_its_deadline_in_the_read_model()
    {
        var id = await OpenCycle();
        await Post($"/api/cycles/{id}/phase/extend", new { phase = "intake", newEnd = "2026-04-10T18:00:00", reason = "more field offices" },
            Role.Admin, 200);
        var cycle = await GetJson($"/api/cycles/{id}");
        Assert.Equal("2026-04-10T18:00:00", cycle.GetProperty("schedule")[0].GetProperty("endsAt").GetString());
    }

    [Fact]
    public async Task an_administrator_appoints_and_removes_committee_members()
    {
        var id = await OpenCycle();
        await Post($"/api/cycles/{id}/committee", new { memberId = "member-7" }, Role.Admin, 200);
        await Post($"/api/cycles/{id}/committee", new { memberId = "member-8" }, Role.Admin, 200);
        await Post($"/api/cycles/{id}/committee/member-7/removal", new { reason = "moved to another district" }, Role.Admin, 200);
        var committee = (await GetJson($"/api/cycles/{id}")).GetProperty("committee");
        Assert.Equal(["member-8"], committee.EnumerateArray().Select(m => m.GetString()));
        var again = await Post($"/api/cycles/{id}/committee", new { memberId = "member-8" }, Role.Admin, 409);
        Problem.NamesField(again, "memberId", "already-member");
    }

    [Fact]
    public async Task the_envelope_changes_with_a_reason()
    {
        var id = await OpenCycle();
        await Post($"/api/cycles/{id}/envelope", new { envelope = 450_000_000, reason = "council trimmed the district budget" }, Role.Admin, 200);
        Assert.Equal(450_000_000, (await GetJson($"/api/cycles/{id}")).GetProperty("envelope").GetInt64());
        var bad = await Post($"/api/cycles/{id}/envelope", new { envelope = 450_000_000, reason = "" }, Role.Admin, 400);
        Problem.NamesField(bad, "reason", "required");
    }
}

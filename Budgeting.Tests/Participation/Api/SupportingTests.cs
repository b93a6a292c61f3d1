using Budgeting.Api.Proposals.Supporting;
using Budgeting.Domain.Common;
using Budgeting.Projections.Participation;
using Budgeting.Tests.Support;
using Marten;
using NodaTime;

namespace Budgeting.Tests.Participation.Api;

public class SupportingTests(AppFixture app) : ParticipationContext(app)
{
    [Fact]
    public async Task a_resident_supports_once_withdraws_and_supports_again_and_the_proposal_counts_at_once()
    {
        var proposal = await Suggest(await ParticipationCycle(answer: 50, forum: 100));

        await Support(proposal, "citizen-lee", 201);
        await Support(proposal, "citizen-lee", 200);
        await Support(proposal, "citizen-choi", 201);
        Assert.Equal(2, (await GetJson($"/api/proposals/{proposal}")).GetProperty("supports").GetInt32());

        await Withdraw(proposal, "citizen-lee", 200);
        Assert.Equal("not-supporting", Problem.Of(await Withdraw(proposal, "citizen-lee", 404)).GetProperty("rule").GetString());
        Assert.Equal(1, (await GetJson($"/api/proposals/{proposal}")).GetProperty("supports").GetInt32());
        await Support(proposal, "citizen-lee", 200);
        Assert.Equal(2, (await GetJson($"/api/proposals/{proposal}")).GetProperty("supports").GetInt32());
    }

    [Fact]
    public async Task only_residents_of_the_scope_support_and_only_within_the_window_while_in_deliberation()
    {
        var cycle = await ParticipationCycle();
        var proposal = await Suggest(cycle);

        Assert.Equal("resident-only", Problem.Of(await Support(proposal, "citizen-kang", 403, "gangnam-gu")).GetProperty("rule").GetString());
        await Post($"/api/proposals/{proposal}/supports", new { }, Role.Officer, 403);
        await Post($"/api/proposals/{proposal}/supports", new { }, null, 401);
        await Post($"/api/proposals/{Guid.NewGuid()}/supports", new { }, Role.Citizen, 404);

        App.Clock.Advance(Duration.FromDays(30));
        Assert.Equal("support-window-closed", Problem.Of(await Support(proposal, "citizen-lee", 409)).GetProperty("rule").GetString());

        App.Clock.Reset(AppFixture.Start);
        var admitted = await Admitted(cycle, "망원동 골목 가로등");
        Assert.Equal("support-closed", Problem.Of(await Support(admitted, "citizen-lee", 409)).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task support_events_name_no_one_and_who_supports_is_kept_apart_for_notices()
    {
        var proposal = await Suggest(await ParticipationCycle());
        await Support(proposal, "citizen-lee", 201);

        await using var session = App.Store.QuerySession();
        var support = await session.Query<SupportView>().SingleAsync(s => s.ProposalId == proposal);
        var events = await session.Events.FetchStreamAsync(support.Id);
        Assert.All(events, e => Assert.DoesNotContain("citizen-lee", System.Text.Json.JsonSerializer.Serialize(e.Data)));
        Assert.All(events, e => Assert.Null(e.CorrelationId));
        Assert.Equal("citizen-lee", (await session.LoadAsync<SupporterRecord>(support.Id))!.SupporterId);
        Assert.DoesNotContain("citizen-lee", (await GetJson($"/api/proposals/{proposal}")).GetRawText());
    }

    [Fact]
    public async Task a_threshold_is_crossed_once_when_64_supporters_arrive_at_the_same_moment()
    {
        var proposal = await Suggest(await ParticipationCycle(answer: 30, forum: 40, mayor: 1000));

        await Settled(() => Task.WhenAll(Enumerable.Range(1, 64).Select(i => Support(proposal, $"supporter-{i}", 201))));

        Assert.Equal(["answer", "forum"], (await Crossed(proposal)).Order());
        var details = await GetJson($"/api/proposals/{proposal}");
        Assert.Equal(64, details.GetProperty("supports").GetInt32());
        Assert.Equal(64, (await GetJson($"/api/proposals?cycleId={details.GetProperty("cycleId")}")).GetProperty("items")[0].GetProperty("supports").GetInt32());
        var reached = details.GetProperty("thresholdsReached").EnumerateArray().ToList();
        Assert.Equal(2, reached.Count);
        Assert.All(reached, r => Assert.InRange(r.GetProperty("count").GetInt32(), 30, 64));
    }

    [Fact]
    public async Task the_list_shows_supports_and_thresholds_and_sorts_by_supports()
    {
        var cycle = await ParticipationCycle();
        var (few, many, none) = (await Suggest(cycle, "공원 벤치 교체"), await Suggest(cycle, "망원동 골목 가로등"), await Suggest(cycle, "도서관 야간 개방"));
        await Supporters(few, 1);
        await Supporters(many, 3, from: 10);

        var page = await GetJson($"/api/proposals?cycleId={cycle}&sort=-supports");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([many, few, none], items.Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal([3, 1, 0], items.Select(i => i.GetProperty("supports").GetInt32()));
        Assert.Equal("answer", items[0].GetProperty("thresholdsReached")[0].GetString());
        var ascending = (await GetJson($"/api/proposals?cycleId={cycle}&sort=supports")).GetProperty("items").EnumerateArray();
        Assert.Equal([none, few, many], ascending.Select(i => i.GetProperty("id").GetGuid()));
    }
}

using Alba;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Proposals.Api;

public class ConcurrencyTests(AppFixture app) : ProposalContext(app)
{
    private static readonly object Discussion = new { heldOn = "2026-03-01", participants = new[] { "citizen-kim" }, summary = "위치를 논의했습니다." };

    [Fact]
    public async Task a_write_with_a_stale_if_match_is_412_and_a_current_one_passes()
    {
        var id = await Suggest(await OpenCycle());
        await Officer(id, "deliberation", new { });
        var stale = await Command(id, "discussions", Discussion, Role.Officer, 412, ifMatch: "\"1\"");
        Assert.Equal(2, Problem.Of(stale).GetProperty("currentVersion").GetInt64());
        var passed = await Command(id, "discussions", Discussion, Role.Officer, 200, ifMatch: "\"2\"");
        Assert.Equal("\"3\"", passed.Context.Response.Headers.ETag.ToString());
    }

    [Fact]
    public async Task of_two_concurrent_writers_on_the_same_version_one_wins_and_the_other_gets_409_or_412()
    {
        var id = await Suggest(await OpenCycle());
        await Officer(id, "deliberation", new { });
        var writes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Host.Scenario(s =>
        {
            s.Post.Json(Discussion, JsonStyle.MinimalApi).ToUrl($"/api/proposals/{id}/discussions");
            s.WithRequestHeader("Authorization", Bearer(Role.Officer));
            s.WithRequestHeader("If-Match", "\"2\"");
            s.IgnoreStatusCode();
        })));
        var statuses = writes.Select(w => w.Context.Response.StatusCode).Order().ToList();
        Assert.Equal(200, statuses[0]);
        Assert.Contains(statuses[1], new[] { 409, 412 });
        var details = await GetJson($"/api/proposals/{id}");
        Assert.Equal((3, 1), (details.GetProperty("version").GetInt64(), details.GetProperty("discussions").GetArrayLength()));
    }

    [Fact]
    public async Task a_retried_suggestion_with_the_same_idempotency_key_returns_the_same_proposal()
    {
        var cycle = await OpenCycle();
        var first = await Suggest(cycle, "retry-1", 201);
        var retry = await Suggest(cycle, "retry-1", 200);
        Assert.Equal(Body(first).GetProperty("id").GetGuid(), Body(retry).GetProperty("id").GetGuid());
        Assert.Equal(first.Context.Response.Headers.Location.ToString(), retry.Context.Response.Headers.Location.ToString());
        Assert.Equal(1, (await GetJson("/api/proposals")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task concurrent_retries_with_one_key_create_one_proposal()
    {
        var cycle = await OpenCycle();
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Suggest(cycle, "same-key", null)));
        Assert.All(results, r => Assert.Contains(r.Context.Response.StatusCode, new[] { 200, 201 }));
        Assert.Single(results.Select(r => Body(r).GetProperty("id").GetGuid()).Distinct());
        Assert.Equal(1, (await GetJson("/api/proposals")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task a_key_reused_for_another_request_is_422()
    {
        var cycle = await OpenCycle();
        await Suggest(cycle, "key-x", 201);
        var other = await Host.Scenario(s =>
        {
            s.Post.Json(Suggestion(cycle, "다른 제안입니다"), JsonStyle.MinimalApi).ToUrl("/api/proposals");
            s.WithRequestHeader("Authorization", Bearer(Role.Citizen, Citizen));
            s.WithRequestHeader("Idempotency-Key", "key-x");
            s.StatusCodeShouldBe(422);
        });
        Problem.Of(other);
    }

    private Task<IScenarioResult> Suggest(Guid cycle, string key, int? status) => Host.Scenario(s =>
    {
        s.Post.Json(Suggestion(cycle), JsonStyle.MinimalApi).ToUrl("/api/proposals");
        s.WithRequestHeader("Authorization", Bearer(Role.Citizen, Citizen));
        s.WithRequestHeader("Idempotency-Key", key);
        if (status is { } expected) s.StatusCodeShouldBe(expected); else s.IgnoreStatusCode();
    });
}

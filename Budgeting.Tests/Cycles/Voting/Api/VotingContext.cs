using Alba;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Tests.Proposals.Api;
using Budgeting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine;
using Wolverine.Tracking;

namespace Budgeting.Tests.Cycles.Voting.Api;

/// <summary>API scenarios of a citizen vote: a city-wide cycle with a vote rule, admitted proposals, residents with tokens.</summary>
public abstract class VotingContext(AppFixture app) : ProposalContext(app)
{
    protected const string Chair = "member-chair";

    protected async Task<Guid> VotingCycle(string rule = "greedy_cost", object? voting = null, long envelope = 1_000_000, string scope = "city")
    {
        var created = await Post("/api/cycles", new { name = "서울시 시민참여예산 2027", scope, fiscalYear = 2027, envelope, rule, voting },
            Role.Admin, 201);
        var id = Body(created).GetProperty("id").GetGuid();
        await Post($"/api/cycles/{id}/committee", new { memberId = Chair }, Role.Admin, 200);
        return id;
    }

    protected Task Advance(Guid cycle, string from) =>
        Post($"/api/cycles/{cycle}/phase/advance", new { from, reason = "시민투표 일정" }, Role.Admin, 200);

    protected async Task ToVoting(Guid cycle)
    {
        foreach (var from in new[] { "intake", "deliberation", "prioritisation" }) await Advance(cycle, from);
    }

    protected Task<IScenarioResult> Vote(Guid cycle, string voter, int status, Guid[] proposals, string? district = "mapo-gu",
        string? birthDate = null, int[]? points = null) => Host.Scenario(s =>
    {
        var selections = proposals.Select((p, i) => new { proposalId = p, points = points?[i] }).ToArray();
        s.Post.Json(new { selections }, JsonStyle.MinimalApi).ToUrl($"/api/cycles/{cycle}/ballots");
        s.WithRequestHeader("Authorization", "Bearer " + AppFixture.Token(Role.Citizen, voter, district, birthDate));
        s.StatusCodeShouldBe(status);
    });

    protected Task Allocate(Guid cycle) => Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).ExecuteAndWaitAsync(
        (Func<IMessageContext, Task>)(_ => Post($"/api/cycles/{cycle}/allocation", new { }, Role.Committee, 200, Chair)));

    protected async Task<long> Count(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(App.Host.Services.GetRequiredService<EngineSettings>().ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql.Replace("{s}", App.Host.Services.GetRequiredService<EngineSettings>().SchemaName),
            connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}

using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Voting;
using Budgeting.Projections.Cycles;
using Budgeting.Projections.Voting;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Voting;

/// <summary>
/// Vote tallies per proposal. While the vote is open they are hidden unless the cycle's settings show them: then
/// <see cref="Visible"/> is false and neither the tallies nor the number of ballots are given.
/// </summary>
public sealed record TalliesView(Guid CycleId, Phase Phase, bool Visible, string? Hidden, int? Ballots, IReadOnlyList<ProposalTally> Tallies);

public static class TalliesEndpoint
{
    [WolverineGet("/api/cycles/{id}/tallies", OperationId = "getTallies"), AllowAnonymous, Tags("Voting")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken token)
    {
        if (await session.LoadAsync<CycleView>(id, token) is not { } cycle) return Problems.NotFound("budget cycle", id);
        if (cycle.Phase == Phase.Voting && cycle.Voting is { TalliesVisibleDuringVoting: false })
        {
            var closes = cycle.Schedule.FirstOrDefault(d => d.Phase == Phase.Voting)?.EndsAt;
            return Results.Json(new TalliesView(id, cycle.Phase, false,
                $"tallies are hidden while the vote is open (until {closes:yyyy-MM-dd HH:mm} Asia/Seoul, or until an administrator closes it)",
                null, []), Json.Options);
        }
        var ballots = await session.Query<BallotView>().Where(b => b.CycleId == id).Select(b => b.Selections).ToListAsync(token);
        return Results.Json(new TalliesView(id, cycle.Phase, true, null, ballots.Count, Tally.Of(ballots)), Json.Options);
    }
}

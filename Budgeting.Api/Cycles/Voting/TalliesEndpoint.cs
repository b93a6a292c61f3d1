using Budgeting.Api.Audit.TimeTravel;
using Budgeting.Api.Cycles.Counting;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Voting;
using Budgeting.Projections.Cycles;
using JasperFx.Events;
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
    /// <summary>Now, from the incremental counts, or as of an instant (<c>asOf</c>): each ballot stream's last ballot event up to then, summed in PostgreSQL. Hidden counts stay hidden
    /// while the vote is open, whatever instant is asked for.</summary>
    [WolverineGet("/api/cycles/{id}/tallies", OperationId = "getTallies"), AllowAnonymous, Tags("Voting")]
    public static async Task<IResult> Get(Guid id, string? asOf, IQuerySession session, CancellationToken token)
    {
        var (point, invalid) = AsOf.Parse(asOf);
        if (invalid is not null) return invalid.ToProblem();
        if (await session.LoadAsync<CycleView>(id, token) is not { } cycle) return Problems.NotFound("budget cycle", id);
        var (tallies, refusal) = await At(session, cycle, point!, token);
        return refusal?.ToProblem() ?? Results.Json(tallies, Json.Options);
    }

    /// <summary>The tallies as the endpoint answers them, for the API and the cycle's page (hidden while the cycle's open vote hides them).</summary>
    public static async Task<(TalliesView?, Rejection?)> At(IQuerySession session, CycleView cycle, AsOf asOf, CancellationToken token)
    {
        if (Hidden(cycle) is { } hidden) return (hidden, null);
        var (then, refusal) = await PastState.State<CycleView>(session, cycle.Id, asOf, "budget cycle", token);
        if (refusal is not null) return (null, refusal);
        var (ballots, tallies) = asOf.IsNow
            ? await BallotCounts.Now(session, cycle.Id, token)
            : await BallotCounts.At(session, cycle.Id, asOf, token);
        return (new TalliesView(cycle.Id, then!.Phase, true, null, ballots, tallies), null);
    }

    private static TalliesView? Hidden(CycleView cycle)
    {
        if (cycle.Phase != Phase.Voting || cycle.Voting is not { TalliesVisibleDuringVoting: false }) return null;
        var closes = cycle.Schedule.FirstOrDefault(d => d.Phase == Phase.Voting)?.EndsAt;
        return new TalliesView(cycle.Id, cycle.Phase, false,
            $"tallies are hidden while the vote is open (until {closes:yyyy-MM-dd HH:mm} Asia/Seoul, or until an administrator closes it)",
            null, []);
    }
}

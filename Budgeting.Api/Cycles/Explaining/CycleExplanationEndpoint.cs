using Budgeting.Api.Audit.Replaying;
using Budgeting.Api.Audit.TimeTravel;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Rules;
using Budgeting.Domain.Cycles.Allocating;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime.Text;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Explaining;

/// <summary>
/// Why each candidate of a cycle was funded or not: the decision's rule run again on its recorded inputs and the ballots
/// counted before it, recording as it goes; <c>matchesDecision</c> says whether that run funds what the decision did.
/// </summary>
public static class CycleExplanationEndpoint
{
    [WolverineGet("/api/cycles/{id}/allocation/explanation", OperationId = "explainAllocation"), AllowAnonymous, Tags("Allocation")]
    public static async Task<IResult> Get(Guid id, string? asOf, IQuerySession session, CancellationToken token)
    {
        var (point, invalid) = AsOf.Parse(asOf);
        if (invalid is not null) return invalid.ToProblem();
        if (await Recorded(session, id, point!, token) is not { } recorded) return Problems.NotFound("allocation of cycle", id);
        return Results.Json(View(recorded), Json.Options);
    }

    public static async Task<RecordedAllocation?> Recorded(IQuerySession session, Guid id, AsOf asOf, CancellationToken token) =>
        AllocationReplayer.Recorded(id, await ReplaySources.FromDatabase(session, token, asOf.At));

    public static Dictionary<string, object?> View(RecordedAllocation recorded)
    {
        var d = recorded.Decision;
        var explanation = Explain(recorded);
        var matches = ReplayAllocation.Replay(d, recorded.Ballots).Matches
                      && explanation.SelectionOrder.SequenceEqual(d.Funded.Select(f => f.ProposalId.ToString("D")));
        return ExplanationView.Of(explanation, "proposalId", new Dictionary<string, object?>
        {
            ["cycleId"] = d.CycleId, ["recordedAt"] = InstantPattern.ExtendedIso.Format(d.At), ["sequence"] = recorded.Sequence,
            ["inputsDigest"] = d.InputsDigest, ["matchesDecision"] = matches,
        });
    }

    public static Domain.Rules.Explaining.Explanation Explain(RecordedAllocation recorded) =>
        CycleExplanations.Explain(recorded.Decision.Rule, recorded.Decision.RuleParameters ?? RuleParameters.None,
            recorded.Decision.Inputs, recorded.Ballots);
}

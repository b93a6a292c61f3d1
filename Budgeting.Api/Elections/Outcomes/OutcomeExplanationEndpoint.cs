using Budgeting.Api.Cycles.Explaining;
using Budgeting.Api.Elections.Exporting;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Rules;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Budgeting.Api.Elections.Outcomes;

/// <summary>A rule's outcome on an imported election, explained: the rounds and, for every project, why it was funded or not.</summary>
public static class OutcomeExplanationEndpoint
{
    [WolverineGet("/api/elections/{id}/outcomes/{rule}/explanation", OperationId = "explainElectionOutcome"), AllowAnonymous,
     Tags("Elections")]
    public static async Task<IResult> Get(Guid id, string rule, long? minimumScore, IQuerySession session, IBallotSource ballots,
        CancellationToken token)
    {
        var (run, refusal) = await OutcomeEndpoint.Resolve(id, rule, minimumScore, session, ballots, token);
        if (refusal is not null) return refusal;
        return OutcomeEndpoint.Settled(() =>
        {
            var explanation = AllocationRules.ByName(run!.Rule, run.Parameters).Explain(run.Election);
            return Results.Json(ExplanationView.Of(explanation, "projectId", new Dictionary<string, object?>
            {
                ["electionId"] = id, ["official"] = run.Official, ["minimumScore"] = run.Parameters.MinimumScore,
            }), Json.Options);
        });
    }
}

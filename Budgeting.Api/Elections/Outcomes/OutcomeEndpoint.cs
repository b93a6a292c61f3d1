using Budgeting.Api.Elections.Exporting;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Allocation;
using Budgeting.Domain.Common;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Wolverine.Http;

namespace Budgeting.Api.Elections.Outcomes;

/// <summary>Any of the twelve rules on an imported election: the code `pabulib allocate` runs, on the stored ballots.</summary>
public static class OutcomeEndpoint
{
    public sealed record ElectionOutcome(Guid ElectionId, string Rule, IReadOnlyList<string> Selected,
        IReadOnlyList<string> SelectionOrder, string TotalCost, string Budget, bool Exhaustive);

    [WolverineGet("/api/elections/{id}/outcomes/{rule}", OperationId = "electionOutcome"), AllowAnonymous, Tags("Elections")]
    public static async Task<IResult> Get(Guid id, string rule, IQuerySession session, IBallotSource ballots, CancellationToken token)
    {
        if (!AllocationRules.IsKnown(rule))
            return Rejection.Invalid("rule", "known-rule", "rule must be one of: " + string.Join(", ", AllocationRules.Names)).ToProblem();
        if (await ImportedElectionFile.Load(id, session, ballots, token) is not { } file) return Problems.NotFound("election", id);
        var election = file.ToElection();
        var outcome = AllocationRules.ByName(rule).Allocate(election);
        return Results.Ok(new ElectionOutcome(id, rule, outcome.Selected, outcome.SelectionOrder, outcome.TotalCost.ToString(),
            election.Budget.ToString(), outcome.Exhaustive));
    }
}

using System.Security.Claims;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Scoring;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Scoring;

public static class DeclareConflictEndpoint
{
    [WolverinePost("/api/cycles/{id}/conflicts", OperationId = "declareConflictOfInterest"), Authorize(Roles = Role.Committee),
     Tags("Committee")]
    public static async Task<IResult> Post(Guid id, DeclareConflict command, ClaimsPrincipal user, IClock clock,
        IDocumentSession session, HttpContext http)
    {
        if (await ProposalFactsReader.One(session, command.ProposalId, http.RequestAborted) is not { } proposal)
            return Rejection.Invalid("proposalId", "known-proposal", $"no proposal with id {command.ProposalId}").ToProblem();
        return await session.Append<BudgetCycle>(id, http,
            cycle => DeclareConflict.Decide(cycle, proposal, command, user.ToActor(), clock.GetCurrentInstant()), "budget cycle");
    }
}

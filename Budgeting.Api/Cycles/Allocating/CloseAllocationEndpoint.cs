using System.Security.Claims;
using Budgeting.Api.Cycles.Voting;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Allocating;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Allocating;

public static class CloseAllocationEndpoint
{
    /// <summary>Closes the allocation by the cycle's rule (committee ranking, ballots, or both); funded proposals become Budgeted and the others NotFunded through the outbox.</summary>
    [WolverinePost("/api/cycles/{id}/allocation", OperationId = "closeAllocation"), Authorize(Roles = Role.Committee),
     Tags("Allocation")]
    public static async Task<IResult> Post(Guid id, CloseAllocation command, ClaimsPrincipal user, IClock clock,
        IDocumentSession session, HttpContext http)
    {
        var proposals = await ProposalFactsReader.OfCycle(session, id, http.RequestAborted);
        var ballots = await CountedBallotsReader.OfCycle(session, id, http.RequestAborted);
        return await session.Append<BudgetCycle>(id, http,
            cycle => CloseAllocation.Decide(cycle, proposals, command, user.ToActor(), clock.GetCurrentInstant(), ballots), "budget cycle");
    }
}

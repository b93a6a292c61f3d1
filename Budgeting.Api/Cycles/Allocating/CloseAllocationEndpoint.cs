using Budgeting.Api.Commands;
using Budgeting.Domain.Common;
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
    public static Task<IResult> Post(Guid id, CloseAllocation command, IClock clock, IDocumentSession session, HttpContext http) =>
        session.CloseAllocation(id, command, Sender.Of(http, clock)).ToResult();
}

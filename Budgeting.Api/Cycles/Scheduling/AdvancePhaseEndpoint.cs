using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scheduling;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Scheduling;

public static class AdvancePhaseEndpoint
{
    [WolverinePost("/api/cycles/{id}/phase/advance", OperationId = "advancePhase"), Authorize(Roles = Role.Admin), Tags("Cycles")]
    public static Task<IResult> Post(Guid id, AdvancePhase command, IClock clock, IDocumentSession session, HttpContext http) =>
        session.SendToCycle(id, (cycle, by, now) => AdvancePhase.Decide(cycle, command, by, now), Sender.Of(http, clock)).ToResult();
}

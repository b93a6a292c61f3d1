using System.Security.Claims;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Envelope;
using Budgeting.Projections.Cycles;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Envelope;

public static class ChangeEnvelopeEndpoint
{
    [WolverinePost("/api/cycles/{id}/envelope", OperationId = "changeEnvelope"), Authorize(Roles = Role.Admin), Tags("Cycles")]
    public static async Task<IResult> Post(Guid id, ChangeEnvelope command, ClaimsPrincipal user, IClock clock,
        IDocumentSession session, HttpContext http)
    {
        var allocated = (await Ledgers.Load(session, id, http.RequestAborted))?.Allocated ?? Won.Zero;
        return await session.Append<BudgetCycle>(id, http,
            cycle => ChangeEnvelope.Decide(cycle, allocated, command, user.ToActor(), clock.GetCurrentInstant()), "budget cycle");
    }
}

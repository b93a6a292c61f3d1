using System.Security.Claims;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Opening;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Opening;

public static class OpenCycleEndpoint
{
    [WolverinePost("/api/cycles", OperationId = "openCycle"), Authorize(Roles = Role.Admin)]
    [Tags("Cycles")]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public static Task<IResult> Post(OpenCycle command, ClaimsPrincipal user, IClock clock, IDocumentSession session)
    {
        var id = Guid.CreateVersion7();
        var decision = OpenCycle.Decide(id, command, user.ToActor(), clock.GetCurrentInstant());
        return session.StartStream<BudgetCycle>(id, decision, $"/api/cycles/{id}");
    }
}

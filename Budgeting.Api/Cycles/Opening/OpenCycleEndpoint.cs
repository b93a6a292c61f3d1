using Budgeting.Api.Commands;
using Budgeting.Domain.Common;
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
    public static Task<IResult> Post(OpenCycle command, IClock clock, IDocumentSession session, HttpContext http) =>
        CycleOpening.Open(session, command, Sender.Of(http, clock)).ToResult(id => $"/api/cycles/{id}");
}

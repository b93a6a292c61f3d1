using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.AssessingFeasibility;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.AssessingFeasibility;

public static class AssessFeasibilityEndpoint
{
    [WolverinePost("/api/proposals/{id}/feasibility-assessments", OperationId = "assessFeasibility"), Authorize(Roles = Role.Officer)]
    [Tags("Proposals"), ProducesResponseType(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, AssessFeasibility command, HttpContext http, IClock clock, IDocumentSession session) =>
        session.Send(id, command, Sender.Of(http, clock)).ToResult();
}

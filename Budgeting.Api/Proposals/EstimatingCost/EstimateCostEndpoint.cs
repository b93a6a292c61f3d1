using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.EstimatingCost;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.EstimatingCost;

public static class EstimateCostEndpoint
{
    [WolverinePost("/api/proposals/{id}/cost-estimates", OperationId = "estimateCost"), Authorize(Roles = Role.Officer)]
    [Tags("Proposals"), ProducesResponseType(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, EstimateCost command, HttpContext http, IClock clock, IDocumentSession session) =>
        session.Send(id, command, Sender.Of(http, clock)).ToResult();
}

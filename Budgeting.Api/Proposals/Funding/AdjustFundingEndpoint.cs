using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.Funding;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.Funding;

public static class AdjustFundingEndpoint
{
    [WolverinePost("/api/proposals/{id}/funding-adjustments", OperationId = "adjustFunding"), Authorize(Roles = Role.Admin)]
    [Tags("Proposals"), ProducesResponseType(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, AdjustFunding command, HttpContext http, IClock clock, IDocumentSession session) =>
        session.Send(id, command, Sender.Of(http, clock)).ToResult();
}

using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.OpeningDeliberation;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.OpeningDeliberation;

public static class OpenDeliberationEndpoint
{
    [WolverinePost("/api/proposals/{id}/deliberation", OperationId = "openDeliberation"), Authorize(Roles = Role.Officer)]
    [Tags("Proposals"), ProducesResponseType(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, OpenDeliberation command, HttpContext http, IClock clock, IDocumentSession session) =>
        session.Send(id, command, Sender.Of(http, clock)).ToResult();
}

using Budgeting.Api.Commands;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scoring;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Scoring;

public static class DeclareConflictEndpoint
{
    [WolverinePost("/api/cycles/{id}/conflicts", OperationId = "declareConflictOfInterest"), Authorize(Roles = Role.Committee),
     Tags("Committee")]
    public static Task<IResult> Post(Guid id, DeclareConflict command, IClock clock, IDocumentSession session, HttpContext http) =>
        session.DeclareConflict(id, command, Sender.Of(http, clock)).ToResult();
}

using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Committee;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Committee;

public static class AppointMemberEndpoint
{
    [WolverinePost("/api/cycles/{id}/committee", OperationId = "appointCommitteeMember"), Authorize(Roles = Role.Admin), Tags("Committee")]
    public static Task<IResult> Post(Guid id, AppointMember command, IClock clock, IDocumentSession session, HttpContext http) =>
        session.SendToCycle(id, (cycle, by, now) => AppointMember.Decide(cycle, command, by, now), Sender.Of(http, clock)).ToResult();
}

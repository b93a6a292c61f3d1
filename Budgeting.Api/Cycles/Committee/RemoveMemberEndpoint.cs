using System.Security.Claims;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Committee;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Committee;

public static class RemoveMemberEndpoint
{
    [WolverinePost("/api/cycles/{id}/committee/{memberId}/removal", OperationId = "removeCommitteeMember"),
     Authorize(Roles = Role.Admin), Tags("Committee")]
    public static Task<IResult> Post(Guid id, string memberId, RemoveMember command, ClaimsPrincipal user, IClock clock,
        IDocumentSession session, HttpContext http) =>
        session.Append<BudgetCycle>(id, http,
            cycle => RemoveMember.Decide(cycle, memberId, command, user.ToActor(), clock.GetCurrentInstant()), "budget cycle");
}

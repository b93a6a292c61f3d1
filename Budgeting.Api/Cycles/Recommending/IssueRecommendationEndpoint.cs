using System.Security.Claims;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Recommending;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Recommending;

public static class IssueRecommendationEndpoint
{
    [WolverinePost("/api/cycles/{id}/recommendation", OperationId = "issueRecommendation"), Authorize(Roles = Role.Committee),
     Tags("Committee")]
    public static Task<IResult> Post(Guid id, IssueRecommendation command, ClaimsPrincipal user, IClock clock,
        IDocumentSession session, HttpContext http) =>
        session.Append<BudgetCycle>(id, http,
            cycle => IssueRecommendation.Decide(cycle, command, user.ToActor(), clock.GetCurrentInstant()), "budget cycle");
}

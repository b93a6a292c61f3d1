using Budgeting.Api.Commands;
using Budgeting.Domain.Common;
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
    public static Task<IResult> Post(Guid id, IssueRecommendation command, IClock clock, IDocumentSession session, HttpContext http) =>
        session.Recommend(id, command, Sender.Of(http, clock)).ToResult();
}

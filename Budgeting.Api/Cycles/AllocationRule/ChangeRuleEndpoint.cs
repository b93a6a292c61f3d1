using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.AllocationRule;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.AllocationRule;

public static class ChangeRuleEndpoint
{
    /// <summary>
    /// Changes the rule the cycle's allocation will apply (and its parameters), with a reason; 409 once the allocation
    /// is decided.
    /// </summary>
    [WolverinePost("/api/cycles/{id}/rule", OperationId = "changeRule"), Authorize(Roles = Role.Admin), Tags("Cycles")]
    public static Task<IResult> Post(Guid id, ChangeRule command, IClock clock, IDocumentSession session, HttpContext http) =>
        session.SendToCycle(id, (cycle, by, now) => ChangeRule.Decide(cycle, command, by, now), Sender.Of(http, clock)).ToResult();
}

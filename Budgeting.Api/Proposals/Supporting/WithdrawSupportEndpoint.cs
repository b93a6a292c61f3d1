using System.Security.Claims;
using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.Supporting;

public static class WithdrawSupportEndpoint
{
    /// <summary>The supporter withdraws their support while the support window is open (no body): 200, or 404 when not supporting.</summary>
    [WolverineDelete("/api/proposals/{id}/supports", OperationId = "withdrawSupport"), Authorize(Roles = Role.Citizen), Tags("Proposals")]
    [ProducesResponseType<SupportAnswer>(StatusCodes.Status200OK)]
    [IgnoresIfMatch]
    public static async Task<IResult> Delete(Guid id, ClaimsPrincipal user, IClock clock, IDocumentSession session,
        IConfiguration configuration, HttpContext http)
    {
        var now = clock.GetCurrentInstant();
        var (outcome, _) = await Supports.Withdraw(session, configuration, id, user.ToActor().Id, now, http.RequestAborted);
        return outcome is Outcome.Accepted ? Results.Json(new SupportAnswer(id, false, now), Json.Options) : outcome.ToResult();
    }
}

using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.PersonalData;

public static class ErasePersonalDataEndpoint
{
    /// <summary>Erases the proposer's name and contact; the proposal and its history stay as they were.</summary>
    [WolverineDelete("/api/proposals/{id}/personal-data", OperationId = "eraseProposerPersonalData")]
    [Authorize(Roles = $"{Role.Citizen},{Role.Officer}"), Tags("Proposals")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [IgnoresIfMatch]
    public static async Task<IResult> Delete(Guid id, HttpContext http, IClock clock, IDocumentSession session) =>
        await session.ErasePersonalData(id, Sender.Of(http, clock)) switch
        {
            Outcome.Accepted => Results.NoContent(),
            var refused => refused.ToResult(),
        };
}

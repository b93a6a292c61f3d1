using System.Security.Claims;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Elections.Importing;

public static class ImportElectionEndpoint
{
    [WolverinePost("/api/elections/imports", OperationId = "importElection"), Authorize(Roles = Role.Admin)]
    [Tags("Elections")]
    [ProducesResponseType(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge, "application/problem+json")]
    public static async Task<IResult> Post(HttpRequest request, ClaimsPrincipal user, IClock clock, IDocumentSession session)
    {
        var (command, problem) = await UploadedFile.Read(request, request.HttpContext.RequestAborted);
        if (problem is not null) return problem;
        var outcome = await ElectionImport.Run(session, command!, user.ToActor(), clock.GetCurrentInstant(), request.HttpContext.RequestAborted);
        return outcome.ToResult();
    }
}

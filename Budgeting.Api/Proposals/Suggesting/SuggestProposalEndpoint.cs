using Budgeting.Api.Commands;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.Suggesting;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.Suggesting;

public static class SuggestProposalEndpoint
{
    [WolverinePost("/api/proposals", OperationId = "suggestProposal"), Authorize(Roles = $"{Role.Citizen},{Role.Officer}")]
    [Tags("Proposals")]
    [ProducesResponseType(StatusCodes.Status201Created), ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public static Task<IResult> Post(SuggestProposal command, HttpContext http, IClock clock, IDocumentSession session) =>
        session.Suggest(command, Sender.Of(http, clock), IdempotentCreation.KeyFrom(http)).ToResult(id => $"/api/proposals/{id}");
}

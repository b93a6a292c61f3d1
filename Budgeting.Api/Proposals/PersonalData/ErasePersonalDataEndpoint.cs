using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Projections.Proposals;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.PersonalData;

public static class ErasePersonalDataEndpoint
{
    /// <summary>Erases the proposer's name and contact; the proposal and its history stay as they were.</summary>
    [WolverineDelete("/api/proposals/{id}/personal-data", OperationId = "eraseProposerPersonalData")]
    [Authorize(Roles = $"{Role.Citizen},{Role.Officer}"), Tags("Proposals")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static async Task<IResult> Delete(Guid id, HttpContext http, IDocumentSession session)
    {
        var proposal = await session.LoadAsync<ProposalDetails>(id, http.RequestAborted);
        if (proposal is null) return Problems.NotFound("proposal", id);
        var actor = http.User.ToActor();
        if (!actor.Is(Role.Officer) && actor.Id != proposal.ProposerId)
            return Rejection.Forbidden("proposer-or-officer", "only the proposer or an officer erases the proposer's personal data")
                .ToProblem();
        session.Delete<ProposerContact>(id);
        await session.SaveChangesAsync(http.RequestAborted);
        return Results.NoContent();
    }
}

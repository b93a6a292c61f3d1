using Budgeting.Api.Commands;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.Answering;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.Answering;

public static class PostMayorAnswerEndpoint
{
    /// <summary>An administrator posts the mayor's answer that the forum's participants made due.</summary>
    [WolverinePost("/api/proposals/{id}/mayor-answer", OperationId = "postMayorAnswer"), Authorize(Roles = Role.Admin)]
    [Tags("Proposals"), ProducesResponseType(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, PostAnswer command, HttpContext http, IClock clock, IDocumentSession session) =>
        AnswerWrites.Post(session, id, Answerer.Mayor, command, Sender.Of(http, clock)).ToResult();
}

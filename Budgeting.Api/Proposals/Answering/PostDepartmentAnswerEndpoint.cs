using Budgeting.Api.Commands;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.Answering;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.Answering;

public static class PostDepartmentAnswerEndpoint
{
    /// <summary>An officer posts the responsible department's answer that the answer threshold made due.</summary>
    [WolverinePost("/api/proposals/{id}/department-answer", OperationId = "postDepartmentAnswer"), Authorize(Roles = Role.Officer)]
    [Tags("Proposals"), ProducesResponseType(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, PostAnswer command, HttpContext http, IClock clock, IDocumentSession session) =>
        AnswerWrites.Post(session, id, Answerer.Department, command, Sender.Of(http, clock)).ToResult();
}

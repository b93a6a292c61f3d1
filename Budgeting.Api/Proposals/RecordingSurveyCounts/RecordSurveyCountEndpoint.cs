using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.RecordingSurveyCounts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.RecordingSurveyCounts;

public static class RecordSurveyCountEndpoint
{
    /// <summary>An officer records a citizens' assembly or survey count for the proposal, with its source (the blend's third part).</summary>
    [WolverinePost("/api/proposals/{id}/survey-counts", OperationId = "recordSurveyCount"), Authorize(Roles = Role.Officer)]
    [Tags("Proposals"), ProducesResponseType(StatusCodes.Status200OK)]
    public static Task<IResult> Post(Guid id, RecordSurveyCount command, HttpContext http, IClock clock, IDocumentSession session) =>
        session.Send(id, command, Sender.Of(http, clock)).ToResult();
}

using Budgeting.Api.Commands;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scoring;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Scoring;

public static class ScoreProposalEndpoint
{
    [WolverinePost("/api/cycles/{id}/scores", OperationId = "scoreProposal"), Authorize(Roles = Role.Committee), Tags("Committee")]
    public static Task<IResult> Post(Guid id, ScoreProposal command, IClock clock, IDocumentSession session, HttpContext http) =>
        session.Score(id, command, Sender.Of(http, clock)).ToResult();
}

using Budgeting.Api.Commands;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Envelope;
using Marten;
using Microsoft.AspNetCore.Authorization;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Cycles.Envelope;

public static class ChangeEnvelopeEndpoint
{
    [WolverinePost("/api/cycles/{id}/envelope", OperationId = "changeEnvelope"), Authorize(Roles = Role.Admin), Tags("Cycles")]
    public static Task<IResult> Post(Guid id, ChangeEnvelope command, IClock clock, IDocumentSession session, HttpContext http) =>
        Envelopes.Change(session, id, command, Sender.Of(http, clock)).ToResult();
}

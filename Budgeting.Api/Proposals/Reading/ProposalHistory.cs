using Budgeting.Api.Audit.TimeTravel;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Proposals;
using JasperFx.Events;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.Reading;

public static class ProposalHistory
{
    /// <summary>Every event of the proposal, in order, read from the event store itself; up to <c>asOf</c> or <c>version</c> if given.</summary>
    [WolverineGet("/api/proposals/{id}/history", OperationId = "getProposalHistory"), AllowAnonymous, Tags("Proposals")]
    [ProducesResponseType<HistoryPage>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, string? asOf, string? version, IQuerySession session, CancellationToken token)
    {
        var (point, invalid) = AsOf.Parse(asOf, version);
        if (invalid is not null) return invalid.ToProblem();
        var (events, problem) = await PastState.Events(session, id, point!, "proposal", e => e is IProposalEvent, token);
        if (problem is not null) return problem;
        var last = events[^1].Version;
        return ETags.WithETag(new HistoryPage(id, last, events.Select(HistoryEntry.From).ToList()), last);
    }
}

public sealed record HistoryPage(Guid ProposalId, long Version, IReadOnlyList<HistoryEntry> Events);

public sealed record HistoryEntry(
    long Version, string Type, Instant At, string ActorId, string Role, string? OnBehalfOf, string? Reason,
    Instant RecordedAt, object Data)
{
    public static HistoryEntry From(IEvent e)
    {
        var data = (IProposalEvent)e.Data;
        return new(e.Version, e.Data.GetType().Name, data.At, data.By.Id, data.By.Role, data.OnBehalfOf, data.Reason,
            Instant.FromDateTimeOffset(e.Timestamp), e.Data);
    }
}

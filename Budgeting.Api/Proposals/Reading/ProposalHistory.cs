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
    /// <summary>Every event of the proposal, in order, read from the event store itself.</summary>
    [WolverineGet("/api/proposals/{id}/history", OperationId = "getProposalHistory"), AllowAnonymous, Tags("Proposals")]
    [ProducesResponseType<HistoryPage>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken token)
    {
        var events = await session.Events.FetchStreamAsync(id, token: token);
        if (events.Count == 0 || events[0].Data is not IProposalEvent) return Problems.NotFound("proposal", id);
        var version = events[^1].Version;
        return ETags.WithETag(new HistoryPage(id, version, events.Select(HistoryEntry.From).ToList()), version);
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

using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.Answering;
using Budgeting.Projections.Proposals;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.Answering;

/// <summary>An answer the city owes: the proposal, who answers, by when, and whether it is overdue.</summary>
public sealed record OwedAnswer(Guid ProposalId, Guid CycleId, string Title, Answerer Answerer, Instant DueBy, bool Overdue);

public static class AnswerQueueEndpoint
{
    /// <summary>The officers' queue: every answer due and not yet posted (or only the overdue ones), soonest due first.</summary>
    [WolverineGet("/api/answers/owed", OperationId = "listOwedAnswers"), Authorize(Roles = $"{Role.Officer},{Role.Admin},{Role.Auditor}")]
    [Tags("Proposals"), ProducesResponseType<IReadOnlyList<OwedAnswer>>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(bool? overdue, Guid? cycleId, IQuerySession session, CancellationToken token) =>
        Results.Json(await Owed(session, overdue == true, cycleId, token), Json.Options);

    /// <summary>The answers due and not posted (only the overdue ones when <paramref name="overdueOnly"/>), soonest due first.</summary>
    public static async Task<IReadOnlyList<OwedAnswer>> Owed(IQuerySession session, bool overdueOnly, Guid? cycleId, CancellationToken token)
    {
        var owing = session.Query<ProposalDetails>().Where(p => p.Answers.Any());
        if (cycleId is { } cycle) owing = owing.Where(p => p.CycleId == cycle);
        var proposals = await owing.ToListAsync(token);
        return proposals.SelectMany(p => p.Answers.Where(a => a.Owed && (!overdueOnly || a.Overdue))
                .Select(a => new OwedAnswer(p.Id, p.CycleId, p.Title, a.Answerer, a.DueBy, a.Overdue)))
            .OrderBy(a => a.DueBy).ThenBy(a => a.ProposalId).ToList();
    }
}

using Budgeting.Api.Audit.TimeTravel;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using Budgeting.Projections.Proposals;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.Reading;

public static class ProposalReads
{
    /// <summary>The public list, filtered, sorted and paged; as of a past instant with <c>asOf</c>.</summary>
    [WolverineGet("/api/proposals", OperationId = "listProposals"), AllowAnonymous, Tags("Proposals"), OutputCache(PolicyName = ListCache.Policy)]
    [ProducesResponseType<ProposalPage>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public static async Task<IResult> List(string? cycleId, string? status, string? district, string? category, string? q,
        string? sort, string? page, string? pageSize, string? asOf, string? version, IQuerySession session, ProposalListReader reader, CancellationToken token)
    {
        var (query, rejection) = ProposalQuery.Parse(cycleId, status, district, category, q, sort, page, pageSize);
        var (point, badPoint) = AsOf.Parse(asOf);
        if ((rejection ?? badPoint ?? ListTakesNoVersion(version)) is { } invalid) return invalid.ToProblem();
        if (!point!.IsNow) return Results.Json(await ProposalListAsOf.Read(session, query!, point, token), Json.Options);
        return Results.Json(await reader.Read(query!, session, token), Json.Options);
    }

    private static Rejection? ListTakesNoVersion(string? version) => string.IsNullOrWhiteSpace(version) ? null
        : Rejection.Invalid("version", "one-stream", "version names a version of one proposal's stream; the list takes asOf");

    /// <summary>The proposal now, or as of an instant (<c>asOf</c>) or a version of its stream.</summary>
    [WolverineGet("/api/proposals/{id}", OperationId = "getProposal"), AllowAnonymous, Tags("Proposals")]
    [ProducesResponseType<ProposalDetails>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, "application/problem+json")]
    public static Task<IResult> Get(Guid id, string? asOf, string? version, IQuerySession session, CancellationToken token) =>
        PastState.Answer<ProposalDetails>(session, id, asOf, version, "proposal", p => ETags.WithETag(p, p.Version), token);
}

/// <summary>A page of the list; <see cref="Total"/> counts every match when <see cref="TotalIsExact"/>, otherwise it is a lower bound.</summary>
public sealed record ProposalPage(IReadOnlyList<ProposalSummary> Items, int Page, int PageSize, long Total, bool TotalIsExact = true);

public sealed record ProposalSummary(
    Guid Id, Guid CycleId, string Title, string Category, string District, ProposalStatus Status,
    Won? CostEstimate, Won? BudgetedAmount, Instant SuggestedAt, Instant UpdatedAt, long Version)
{
    public static ProposalSummary From(ProposalListItem x) => new(
        x.Id, x.CycleId, x.Title, x.Category, x.District, x.Status, x.CostEstimate, x.BudgetedAmount, x.SuggestedAt, x.UpdatedAt, x.Version);
}

using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using Budgeting.Projections.Proposals;
using Marten;
using Marten.Linq;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.Reading;

public static class ProposalReads
{
    [WolverineGet("/api/proposals", OperationId = "listProposals"), AllowAnonymous, Tags("Proposals")]
    [ProducesResponseType<ProposalPage>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    public static async Task<IResult> List(string? cycleId, string? status, string? district, string? category, string? q,
        string? sort, string? page, string? pageSize, IQuerySession session, CancellationToken token)
    {
        var (query, rejection) = ProposalQuery.Parse(cycleId, status, district, category, q, sort, page, pageSize);
        if (rejection is not null) return rejection.ToProblem();
        var items = await query!.Apply(session.Query<ProposalListItem>().Stats(out var stats))
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToListAsync(token);
        return Results.Json(new ProposalPage(items.Select(ProposalSummary.From).ToList(), query.Page, query.PageSize,
            stats.TotalResults), Json.Options);
    }

    [WolverineGet("/api/proposals/{id}", OperationId = "getProposal"), AllowAnonymous, Tags("Proposals")]
    [ProducesResponseType<ProposalDetails>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, CancellationToken token) =>
        await session.LoadAsync<ProposalDetails>(id, token) is { } proposal
            ? ETags.WithETag(proposal, proposal.Version)
            : Problems.NotFound("proposal", id);
}

public sealed record ProposalPage(IReadOnlyList<ProposalSummary> Items, int Page, int PageSize, long Total);

public sealed record ProposalSummary(
    Guid Id, Guid CycleId, string Title, string Category, string District, ProposalStatus Status,
    Won? CostEstimate, Won? BudgetedAmount, Instant SuggestedAt, Instant UpdatedAt, long Version)
{
    public static ProposalSummary From(ProposalListItem x) => new(
        x.Id, x.CycleId, x.Title, x.Category, x.District, x.Status, x.CostEstimate, x.BudgetedAmount, x.SuggestedAt, x.UpdatedAt, x.Version);
}

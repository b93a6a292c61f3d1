using Budgeting.Api.Audit.TimeTravel;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.Answering;
using Budgeting.Domain.Proposals.CrossingThresholds;
using Budgeting.Projections.Cycles;
using Budgeting.Projections.Proposals;
using Marten;
using Marten.Services.BatchQuerying;
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
    public static async Task<IResult> List(string? cycleId, string? status, string? district, string? category, string? q,
        string? sort, string? page, string? pageSize, string? asOf, string? version, IQuerySession session, ProposalListReader reader, CancellationToken token)
    {
        var (query, rejection) = ProposalQuery.Parse(cycleId, status, district, category, q, sort, page, pageSize);
        var (point, badPoint) = AsOf.Parse(asOf);
        if ((rejection ?? badPoint ?? ListTakesNoVersion(version)) is { } invalid) return invalid.ToProblem();
        if (!point!.IsNow) return Results.Json(await ProposalListAsOf.Read(session, query!, point, token), Json.Options);
        return Results.Json(await reader.Read(query!, token), Json.Options);
    }

    private static Rejection? ListTakesNoVersion(string? version) => string.IsNullOrWhiteSpace(version) ? null
        : Rejection.Invalid("version", "one-stream", "version names a version of one proposal's stream; the list takes asOf");

    /// <summary>
    /// The proposal now, or as of an instant (<c>asOf</c>) or a version of its stream, with its supports and its forum's
    /// participants and stances counted as of the same point (a version stands for the instant it was recorded).
    /// </summary>
    [WolverineGet("/api/proposals/{id}", OperationId = "getProposal"), AllowAnonymous, Tags("Proposals")]
    [ProducesResponseType<ProposalDetails>(StatusCodes.Status200OK)]
    public static async Task<IResult> Get(Guid id, string? asOf, string? version, IQuerySession session, CancellationToken token)
    {
        var (point, invalid) = AsOf.Parse(asOf, version);
        if (invalid is not null) return invalid.ToProblem();
        if (point!.IsNow)
        {
            var batch = session.CreateBatchQuery();
            var now = CountedNow(batch, id);
            await batch.Execute(token);
            return await now.Read() is { } read ? ETags.WithETag(read, read.Version) : PastState.NotFound("proposal", id).ToProblem();
        }
        var (proposal, problem) = await PastState.Load<ProposalDetails>(session, id, point!, "proposal", token);
        if (problem is not null) return problem;
        var counted = await Counted(session, proposal!, point!, token);
        return ETags.WithETag(counted, counted.Version);
    }

    /// <summary>The proposal with its supports and its open forum's counts, now or as of the point it was read at.</summary>
    public static async Task<ProposalDetails> Counted(IQuerySession session, ProposalDetails proposal, AsOf point, CancellationToken token)
    {
        if (point.IsNow)
        {
            var batch = session.CreateBatchQuery();
            var counted = CountedNow(batch, proposal.Id);
            await batch.Execute(token);
            return await counted.With(proposal);
        }
        var then = await ParticipationCounts.Instant(session, proposal.Id, point, token);
        return proposal with
        {
            Supports = (await ParticipationCounts.SupportsAsOf(session, [proposal.Id], then, token)).GetValueOrDefault(proposal.Id),
            Forum = proposal.Forum is { ClosedAt: null } open ? Live(open, await ParticipationCounts.ForumAsOf(session, proposal.Id, then, token)) : proposal.Forum,
        };
    }

    /// <summary>
    /// The proposal now with its supports and its open forum's counts, read in a batch the caller executes: one round trip
    /// with whatever else the caller reads (the API's read, a page's).
    /// </summary>
    public static CountsNow CountedNow(IBatchedQuery batch, Guid id) =>
        new(batch.Load<ProposalDetails>(id), ParticipationCounts.Supports(batch, id), ParticipationCounts.Forum(batch, id));

    /// <summary>
    /// The cycle a proposal belongs to, asked in the same batch as the proposal by a sub-select on its cycle id. (Marten's
    /// Include would do it through a temporary table created and dropped per read: about 10 ms of PostgreSQL's time on a
    /// proposal's page under load, most of the page's cost.)
    /// </summary>
    public static Task<IReadOnlyList<CycleView>> CycleOf(IBatchedQuery batch, IDocumentStore store, Guid proposalId) =>
        batch.Query<CycleView>($"where d.id = (select (p.data ->> 'cycleId')::uuid from {store.Options.Schema.For<ProposalDetails>()} p where p.id = ?)",
            proposalId);

    /// <summary>What <see cref="CountedNow"/> asked for; <see cref="Read"/> after the batch has run.</summary>
    public sealed record CountsNow(Task<ProposalDetails?> Proposal, Task<int> Supports, Task<Domain.Proposals.TakingStances.ForumTally> Forum)
    {
        // Awaited, never .Result: these are async methods over the batch's tasks, and their continuations may run on the
        // renderer's synchronization context, which a blocking wait there would deadlock.
        /// <summary>The proposal with the counts read beside it, or null when there is none; after the batch has run.</summary>
        public async Task<ProposalDetails?> Read() => await Proposal is { } proposal ? await With(proposal) : null;

        public async Task<ProposalDetails> With(ProposalDetails proposal) => proposal with
        {
            Supports = await Supports,
            Forum = proposal.Forum is { ClosedAt: null } forum ? Live(forum, await Forum) : proposal.Forum,
        };
    }

    private static ForumView Live(ForumView forum, Domain.Proposals.TakingStances.ForumTally tally) => forum with
    {
        Participants = tally.Participants, Agree = tally.Agree, Disagree = tally.Disagree, Undecided = tally.Undecided,
    };
}

/// <summary>A page of the list; <see cref="Total"/> counts every match when <see cref="TotalIsExact"/>, otherwise it is a lower bound.</summary>
public sealed record ProposalPage(IReadOnlyList<ProposalSummary> Items, int Page, int PageSize, long Total, bool TotalIsExact = true);

/// <summary>A proposal in the list; <see cref="Supports"/> as last counted, a moment behind the proposal's own count.</summary>
public sealed record ProposalSummary(
    Guid Id, Guid CycleId, string Title, string Category, string District, ProposalStatus Status,
    Won? CostEstimate, Won? BudgetedAmount, int Supports, IReadOnlyList<Threshold> ThresholdsReached,
    IReadOnlyList<Answerer> AnswersOverdue, Instant SuggestedAt, Instant UpdatedAt, long Version)
{
    public static ProposalSummary From(ProposalDetails x, int supports) => new(
        x.Id, x.CycleId, x.Title, x.Category, x.District, x.Status, x.CostEstimate?.Total, x.BudgetedAmount, supports,
        [.. x.ThresholdsReached.Select(t => t.Threshold)],
        [.. x.Answers.Where(a => a.Owed && a.Overdue).Select(a => a.Answerer)], x.SuggestedAt, x.UpdatedAt, x.Version);
}

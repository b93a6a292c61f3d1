using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Projections.Comments;
using Budgeting.Projections.Proposals;
using Marten;
using Marten.Services.BatchQuerying;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Budgeting.Api.Comments.Reading;

public static class CommentReads
{
    /// <summary>The proposal's comments, forum arguments and replies, oldest first (replies name what they answer).</summary>
    [WolverineGet("/api/proposals/{id}/comments", OperationId = "listProposalComments"), AllowAnonymous, Tags("Comments")]
    [ProducesResponseType<IReadOnlyList<CommentReading>>(StatusCodes.Status200OK)]
    public static async Task<IResult> OfProposal(Guid id, IQuerySession session, CancellationToken token)
    {
        if (await session.LoadAsync<ProposalDetails>(id, token) is null) return Problems.NotFound("proposal", id);
        return Results.Json(await ForProposal(session, id, token), Json.Options);
    }

    /// <summary>What the public reads of a proposal's comments, arguments and replies, oldest first.</summary>
    public static async Task<IReadOnlyList<CommentReading>> ForProposal(IQuerySession session, Guid proposalId, CancellationToken token)
    {
        var comments = await session.Query<CommentView>().Where(c => c.ProposalId == proposalId).OrderBy(c => c.PostedAt).ThenBy(c => c.Id)
            .Take(MaxShown).ToListAsync(token);
        return await Read(session, comments, moderator: false, token);
    }

    private const int MaxShown = 5_000;

    /// <summary>The views <see cref="ForProposal"/> reads, asked in a batch the caller executes (a page's one round trip).</summary>
    public static Task<IReadOnlyList<CommentView>> ViewsOf(IBatchedQuery batch, Guid proposalId) =>
        batch.Query<CommentView>().Where(c => c.ProposalId == proposalId).OrderBy(c => c.PostedAt).ThenBy(c => c.Id).Take(MaxShown).ToList();

    /// <summary>
    /// The bodies of these comments asked in a batch the caller executes (nothing asked when there are none);
    /// the function reads them as the public does, once the batch has run.
    /// </summary>
    public static Func<Task<IReadOnlyList<CommentReading>>> Public(IBatchedQuery batch, IReadOnlyList<CommentView> comments)
    {
        var keys = CommentReading.Keys(comments).Distinct().ToArray();
        var texts = keys.Length == 0 ? Task.FromResult<IReadOnlyList<CommentText>>([]) : batch.LoadMany<CommentText>().ById(keys);
        return async () => Readings(comments, await texts, moderator: false);
    }

    /// <summary>One comment with its edit history: every revision's body (unless hidden or erased) and SHA-256.</summary>
    [WolverineGet("/api/comments/{id}", OperationId = "getComment"), AllowAnonymous, Tags("Comments")]
    [ProducesResponseType<CommentReading>(StatusCodes.Status200OK)]
    public static async Task<IResult> One(Guid id, IQuerySession session, CancellationToken token) =>
        await session.LoadAsync<CommentView>(id, token) is { } comment
            ? ETags.WithETag((await Read(session, [comment], moderator: false, token))[0], comment.Version)
            : Problems.NotFound("comment", id);

    /// <summary>The moderation queue: flagged comments and pending appeals, oldest first, with their bodies and open flags.</summary>
    [WolverineGet("/api/moderation/queue", OperationId = "getModerationQueue"), Authorize(Roles = Role.Officer), Tags("Comments")]
    [ProducesResponseType<IReadOnlyList<CommentReading>>(StatusCodes.Status200OK)]
    public static async Task<IResult> Queue(IQuerySession session, CancellationToken token) =>
        Results.Json(await ModerationQueue(session, token), Json.Options);

    /// <summary>Flagged comments and pending appeals as a moderator reads them (hidden bodies and open flags too), oldest first.</summary>
    public static async Task<IReadOnlyList<CommentReading>> ModerationQueue(IQuerySession session, CancellationToken token)
    {
        var waiting = await session.Query<CommentView>().Where(c => c.AwaitsModerator).OrderBy(c => c.UpdatedAt).Take(500).ToListAsync(token);
        return await Read(session, waiting, moderator: true, token);
    }

    private static async Task<IReadOnlyList<CommentReading>> Read(IQuerySession session, IReadOnlyList<CommentView> comments, bool moderator,
        CancellationToken token)
    {
        var keys = CommentReading.Keys(comments).Distinct().ToArray();
        return Readings(comments, keys.Length == 0 ? [] : await session.LoadManyAsync<CommentText>(token, keys), moderator);
    }

    private static IReadOnlyList<CommentReading> Readings(IReadOnlyList<CommentView> comments, IEnumerable<CommentText> texts, bool moderator)
    {
        var bodies = texts.ToDictionary(t => t.Id, t => t.Text);
        return comments.Select(c => CommentReading.From(c, bodies, moderator)).ToList();
    }
}

using Budgeting.Domain.Comments.Posting;
using Budgeting.Projections.Comments;
using Marten;
using NodaTime;

namespace Budgeting.Api.Comments;

public static class CommentWrites
{
    /// <summary>When the author wrote bodies lately (posts and edits), from their most recently changed comments: what the rate limit counts.</summary>
    public static async Task<IReadOnlyList<Instant>> Recent(IQuerySession session, string authorId, CancellationToken token) =>
        (await session.Query<CommentView>().Where(c => c.AuthorId == authorId).OrderByDescending(c => c.UpdatedAt)
            .Take(5 * PostingLimit.Writes).ToListAsync(token))
        .SelectMany(c => c.Revisions.Select(r => r.At)).ToList();
}

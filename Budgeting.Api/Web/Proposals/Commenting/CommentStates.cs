using Budgeting.Api.Comments.Reading;
using Budgeting.Domain.Comments;
using Marten;

namespace Budgeting.Api.Web.Proposals.Commenting;

/// <summary>The comments' decision states, folded from their streams: what a page asks the decisions with before offering a form.</summary>
public static class CommentStates
{
    public static async Task<Dictionary<Guid, Comment>> Of(IQuerySession session, IReadOnlyList<CommentReading> comments, CancellationToken token)
    {
        var ids = comments.Select(c => c.Id).ToArray();
        if (ids.Length == 0) return [];
        var events = await session.Events.QueryAllRawEvents().Where(e => e.StreamId.IsOneOf(ids)).OrderBy(e => e.Sequence).ToListAsync(token);
        return events.GroupBy(e => e.StreamId)
            .Select(stream => stream.Aggregate((Comment?)null, (state, e) => Comment.Evolve(state, e.Data)))
            .OfType<Comment>().ToDictionary(c => c.Id);
    }
}

using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Comments;
using Budgeting.Domain.Comments.Erasing;
using Budgeting.Domain.Common;
using Marten;
using NodaTime;

namespace Budgeting.Api.Comments;

/// <summary>A moderator's or an author's command on one comment, as the API and the pages send it.</summary>
public static class CommentCommands
{
    public static Task<Outcome> SendToComment(this IDocumentSession session, Guid commentId, Func<Comment, Actor, Instant, Decision> decide,
        Sender sender) =>
        session.Append<Comment>(commentId, sender.ExpectedVersion, comment => decide(comment, sender.Actor, sender.Now), "comment",
            sender.Token);

    /// <summary>Erases every revision's body; the bodies are deleted only with the erasure's event (a refusal never commits).</summary>
    public static Task<Outcome> Erase(this IDocumentSession session, Guid commentId, EraseCommentBody command, Sender sender)
    {
        session.DeleteWhere<CommentText>(t => t.CommentId == commentId);
        return session.SendToComment(commentId, (comment, by, now) => EraseCommentBody.Decide(comment, command, by, now), sender);
    }
}

using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Comments;
using Budgeting.Domain.Comments.Editing;
using Budgeting.Domain.Comments.Erasing;
using Budgeting.Domain.Comments.Posting;
using Budgeting.Projections.Proposals;
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

    /// <summary>A citizen's comment on a proposal, or a reply to one of its comments; the body is kept outside the stream.</summary>
    public static async Task<Outcome> Post(this IDocumentSession session, Guid proposalId, PostComment command, Sender sender)
    {
        if (await session.LoadAsync<ProposalDetails>(proposalId, sender.Token) is null) return new Outcome.Missing("proposal", proposalId);
        var parent = command.InReplyTo is { } parentId ? await session.Events.AggregateStreamAsync<Comment>(parentId, token: sender.Token) : null;
        var commentId = Guid.CreateVersion7();
        var decision = PostComment.Decide(proposalId, parent, command, sender.Actor,
            await CommentWrites.Recent(session, sender.Actor.Id, sender.Token), commentId, sender.Now);
        return await session.Start<Comment>(commentId, decision, sender.Token, decision.IsAccepted ? [CommentText.Of(commentId, command.Body!)] : []);
    }

    /// <summary>The author's new revision; its body is saved only with the revision (a refused edit never commits).</summary>
    public static async Task<Outcome> Edit(this IDocumentSession session, Guid commentId, EditComment command, Sender sender)
    {
        var recent = await CommentWrites.Recent(session, sender.Actor.Id, sender.Token);
        if (CommentBody.Check("body", command.Body) is null) session.Store(CommentText.Of(commentId, command.Body!));
        return await session.SendToComment(commentId, (comment, by, now) => EditComment.Decide(comment, command, by, recent, now), sender);
    }
}

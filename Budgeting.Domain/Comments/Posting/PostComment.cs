using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Comments.Posting;

/// <summary>A signed-in citizen comments on a proposal, or replies to one of its comments or forum arguments (one level: never to a reply).</summary>
public sealed record PostComment(string? Body, Guid? InReplyTo = null)
{
    public static Decision Decide(Guid proposalId, Comment? parent, PostComment command, Actor by, IEnumerable<Instant> recentWrites,
        Guid commentId, Instant now)
    {
        if (!by.Is(Role.Citizen)) return Rejection.Forbidden("citizen-only", "only citizens post comments");
        if (CommentBody.Check("body", command.Body) is { } invalid) return invalid;
        if (command.InReplyTo is { } parentId && ReplyCheck(proposalId, parentId, parent) is { } badParent) return badParent;
        if (PostingLimit.Check(recentWrites, now) is { } tooMany) return tooMany;
        return Decision.Accept(new CommentPosted(commentId, proposalId, command.InReplyTo, null,
            CommentBody.Sha256(CommentBody.Clean(command.Body!)), by, now));
    }

    private static Rejection? ReplyCheck(Guid proposalId, Guid parentId, Comment? parent)
    {
        if (parent is null || parent.ProposalId != proposalId)
            return Rejection.Invalid("inReplyTo", "known-comment", $"no comment {parentId} on this proposal");
        if (parent.InReplyTo is not null)
            return Rejection.Conflict("one-level", "replies go to a comment or an argument, not to another reply", "inReplyTo");
        return parent.NotErased();
    }
}

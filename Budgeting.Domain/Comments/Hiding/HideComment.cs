using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Comments.Hiding;

/// <summary>A moderator (an officer) hides a comment with a public reason.</summary>
public sealed record HideComment(string? Reason)
{
    public static Decision Decide(Comment comment, HideComment command, Actor by, Instant now) =>
        Validation.FirstOf(
            by.Is(Role.Officer) ? null : Rejection.Forbidden("officer-only", "only a moderator (an officer) hides comments"),
            Validation.Text("reason", command.Reason, 3, 500),
            comment.NotErased(),
            comment.Hidden ? Rejection.Conflict("already-hidden", "the comment is already hidden") : null) is { } rejection
            ? rejection
            : Decision.Accept(new CommentHidden(comment.Id, command.Reason!.Trim(), by, now));
}

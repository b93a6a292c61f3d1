using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Comments.Erasing;

/// <summary>A moderator (abuse, personal data) or the author erases every revision of a comment's body; the events stay.</summary>
public sealed record EraseCommentBody(string? Reason)
{
    public static Decision Decide(Comment comment, EraseCommentBody command, Actor by, Instant now) =>
        Validation.FirstOf(
            by.Is(Role.Officer) ? null : comment.AuthorCheck(by, "erase it (or a moderator)"),
            Validation.Text("reason", command.Reason, 3, 500),
            comment.NotErased()) is { } rejection
            ? rejection
            : Decision.Accept(new CommentBodyErased(comment.Id, comment.Revision, command.Reason!.Trim(), by, now));
}

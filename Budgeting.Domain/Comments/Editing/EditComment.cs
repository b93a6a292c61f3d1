using Budgeting.Domain.Comments.Posting;
using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Comments.Editing;

/// <summary>The author edits their comment; every revision stays readable (its body and hash), unless the body is erased.</summary>
public sealed record EditComment(string? Body)
{
    public static Decision Decide(Comment comment, EditComment command, Actor by, IEnumerable<Instant> recentWrites, Instant now) =>
        Validation.FirstOf(
            comment.AuthorCheck(by, "edit it"),
            CommentBody.Check("body", command.Body),
            comment.NotErased(),
            comment.Hidden ? Rejection.Conflict("hidden", "a hidden comment cannot be edited; its author may appeal the hiding") : null,
            PostingLimit.Check(recentWrites, now)) is { } rejection
            ? rejection
            : Decision.Accept(new CommentEdited(comment.Id, comment.Revision + 1, CommentBody.Sha256(CommentBody.Clean(command.Body!)), by, now));
}

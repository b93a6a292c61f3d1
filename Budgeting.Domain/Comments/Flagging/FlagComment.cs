using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Comments.Flagging;

/// <summary>A citizen flags someone else's comment for the moderators, once.</summary>
public sealed record FlagComment(FlagReason? Reason)
{
    public static Decision Decide(Comment comment, FlagComment command, Actor by, Instant now) =>
        Validation.FirstOf(
            by.Is(Role.Citizen) ? null : Rejection.Forbidden("citizen-only", "citizens flag comments; moderators hide them"),
            command.Reason is null ? Rejection.Invalid("reason", "required", "reason is required: abuse, personalData, spam, offTopic or other") : null,
            by.Id == comment.AuthorId ? Rejection.Conflict("not-own", "flag other people's comments; edit or erase your own") : null,
            comment.Flaggers.Contains(by.Id) ? Rejection.Conflict("flag-once", "you already flagged this comment") : null,
            comment.NotErased(),
            comment.Hidden ? Rejection.Conflict("already-hidden", "a moderator already hid this comment") : null) is { } rejection
            ? rejection
            : Decision.Accept(new CommentFlagged(comment.Id, command.Reason!.Value, by, now));
}

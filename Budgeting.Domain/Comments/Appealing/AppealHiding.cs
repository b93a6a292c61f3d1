using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Comments.Appealing;

/// <summary>The author appeals the hiding of their comment, once.</summary>
public sealed record AppealHiding(string? Reason)
{
    public static Decision Decide(Comment comment, AppealHiding command, Actor by, Instant now) =>
        Validation.FirstOf(
            comment.AuthorCheck(by, "appeal its hiding"),
            Validation.Text("reason", command.Reason, 2, 2000),
            comment.Hidden ? null : Rejection.Conflict("not-hidden", "only a hidden comment can be appealed"),
            comment.Appealed ? Rejection.Conflict("appeal-once", "a hiding may be appealed only once") : null) is { } rejection
            ? rejection
            : Decision.Accept(new HidingAppealed(comment.Id, command.Reason!.Trim(), by, now));
}

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Comments.DecidingAppeals;

/// <summary>A moderator other than the one who hid the comment decides the author's appeal, with a public reason.</summary>
public sealed record DecideHidingAppeal(bool? Upheld, string? Reason)
{
    public static Decision Decide(Comment comment, DecideHidingAppeal command, Actor by, Instant now) =>
        Validation.FirstOf(
            by.Is(Role.Officer) ? null : Rejection.Forbidden("officer-only", "only a moderator (an officer) decides appeals"),
            command.Upheld is null ? Rejection.Invalid("upheld", "required", "upheld is required (true shows the comment again)") : null,
            Validation.Text("reason", command.Reason, 2, 2000),
            comment.AppealPending ? null : Rejection.Conflict("no-pending-appeal", "the comment has no pending appeal"),
            by.Id == comment.HiddenBy ? Rejection.Forbidden("another-moderator", "the moderator who hid the comment does not decide its appeal") : null)
            is { } rejection
            ? rejection
            : Decision.Accept(new HidingAppealDecided(comment.Id, command.Upheld!.Value, command.Reason!.Trim(), by, now));
}

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Comments.DismissingFlags;

/// <summary>A moderator keeps a flagged comment up: its open flags are cleared and it leaves the queue.</summary>
public sealed record DismissFlags(string? Reason = null)
{
    public static Decision Decide(Comment comment, DismissFlags command, Actor by, Instant now) =>
        Validation.FirstOf(
            by.Is(Role.Officer) ? null : Rejection.Forbidden("officer-only", "only a moderator (an officer) clears flags"),
            Validation.Text("reason", command.Reason, 0, 500),
            comment.OpenFlags == 0 ? Rejection.Conflict("no-open-flags", "the comment has no open flags") : null) is { } rejection
            ? rejection
            : Decision.Accept(new FlagsDismissed(comment.Id, comment.OpenFlags, command.Reason?.Trim(), by, now));
}

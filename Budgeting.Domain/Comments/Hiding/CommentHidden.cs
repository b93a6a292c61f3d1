using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Comments.Hiding;

/// <summary>A moderator hid the comment; the reason is public ("hidden by a moderator: …"), the body is no longer shown.</summary>
public sealed record CommentHidden(Guid CommentId, string Reason, Actor By, Instant At);

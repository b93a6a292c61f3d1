using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Comments.DismissingFlags;

/// <summary>A moderator looked at the open flags and kept the comment up; it leaves the moderation queue.</summary>
public sealed record FlagsDismissed(Guid CommentId, int Flags, string? Reason, Actor By, Instant At);

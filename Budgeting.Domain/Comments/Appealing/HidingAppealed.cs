using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Comments.Appealing;

/// <summary>The author appealed the hiding of their comment (once): it waits in the moderation queue for another moderator.</summary>
public sealed record HidingAppealed(Guid CommentId, string Reason, Actor By, Instant At);

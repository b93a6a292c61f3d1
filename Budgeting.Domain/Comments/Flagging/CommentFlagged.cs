using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Comments.Flagging;

/// <summary>Why a citizen flags a comment for the moderators: a fixed list, so no free text of theirs enters an event.</summary>
public enum FlagReason
{
    Abuse,
    PersonalData,
    Spam,
    OffTopic,
    Other,
}

/// <summary>A citizen flagged the comment (once per citizen): it waits in the moderation queue until hidden or cleared.</summary>
public sealed record CommentFlagged(Guid CommentId, FlagReason Reason, Actor By, Instant At);

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Comments.DecidingAppeals;

/// <summary>A moderator other than the one who hid it decided the appeal: upheld shows the comment again, rejected keeps it hidden.</summary>
public sealed record HidingAppealDecided(Guid CommentId, bool Upheld, string Reason, Actor By, Instant At);

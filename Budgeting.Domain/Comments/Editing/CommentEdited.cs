using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Comments.Editing;

/// <summary>The author edited their comment: a new revision, whose body is kept beside the earlier ones.</summary>
public sealed record CommentEdited(Guid CommentId, int Revision, string BodySha256, Actor By, Instant At);

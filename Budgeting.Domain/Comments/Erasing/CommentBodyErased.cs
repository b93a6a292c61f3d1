using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Comments.Erasing;

/// <summary>Every revision's body was deleted (abuse, personal data); the events and their hashes stay, so the history verifies.</summary>
public sealed record CommentBodyErased(Guid CommentId, int Revisions, string Reason, Actor By, Instant At);

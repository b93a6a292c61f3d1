using Budgeting.Domain.Comments.Flagging;
using Budgeting.Domain.Comments.Posting;
using NodaTime;

namespace Budgeting.Projections.Comments;

/// <summary>
/// One comment, argument or reply as its events describe it: every revision's hash and instant (the bodies are kept
/// apart, erasable), whether a moderator hid it and why, the author's appeal, the open flags.
/// </summary>
public sealed record CommentView
{
    public Guid Id { get; init; }
    public Guid ProposalId { get; init; }
    public Guid? InReplyTo { get; init; }
    public ArgumentSide? Side { get; init; }
    public string AuthorId { get; init; } = "";
    public List<RevisionView> Revisions { get; init; } = [];
    public HidingView? Hidden { get; init; }
    public CommentAppealView? Appeal { get; init; }
    public ErasureView? Erased { get; init; }
    public List<FlagReason> OpenFlags { get; init; } = [];
    /// <summary>Open flags or a pending appeal: the comment is in the moderation queue.</summary>
    public bool AwaitsModerator { get; init; }
    public Instant PostedAt { get; init; }
    public Instant UpdatedAt { get; init; }
    public long Version { get; init; }
}

public sealed record RevisionView(int Revision, string BodySha256, Instant At);
public sealed record HidingView(string Reason, string By, Instant At);
public sealed record CommentAppealView(string Reason, Instant At, bool? Upheld = null, string? Decision = null, Instant? DecidedAt = null);
public sealed record ErasureView(string Reason, string By, Instant At);

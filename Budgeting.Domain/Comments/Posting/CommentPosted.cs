using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Comments.Posting;

/// <summary>A forum argument's side: for or against the proposal.</summary>
public enum ArgumentSide
{
    For,
    Against,
}

/// <summary>
/// A citizen posted a comment on a proposal, a forum argument (<see cref="Side"/>), or a reply to either
/// (<see cref="InReplyTo"/>: one level only). Its own stream; the body lives outside events, named by its SHA-256.
/// </summary>
public sealed record CommentPosted(
    Guid CommentId, Guid ProposalId, Guid? InReplyTo, ArgumentSide? Side, string BodySha256, Actor By, Instant At);

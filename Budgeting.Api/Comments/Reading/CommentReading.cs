using Budgeting.Domain.Comments.Flagging;
using Budgeting.Domain.Comments.Posting;
using Budgeting.Projections.Comments;
using NodaTime;

namespace Budgeting.Api.Comments.Reading;

/// <summary>
/// A comment, argument or reply as readers see it: the current body and the SHA-256 its event carries (hash the body
/// to check it is the one posted), or no body when a moderator hid it (<see cref="HiddenNotice"/> says why) or it was
/// erased. <see cref="Revisions"/> is the edit history, each with its own body and hash.
/// </summary>
public sealed record CommentReading(
    Guid Id, Guid ProposalId, Guid? InReplyTo, ArgumentSide? Side, string AuthorId, string? Body, string BodySha256,
    IReadOnlyList<RevisionReading> Revisions, string? HiddenNotice, HidingView? Hidden, CommentAppealView? Appeal, ErasureView? Erased,
    IReadOnlyList<FlagReason> OpenFlags, Instant PostedAt, Instant UpdatedAt, long Version)
{
    /// <param name="texts">Bodies by key; <paramref name="moderator"/> also sees hidden bodies (to decide an appeal).</param>
    public static CommentReading From(CommentView c, IReadOnlyDictionary<string, string> texts, bool moderator)
    {
        var shown = c.Erased is null && (c.Hidden is null || moderator);
        string? BodyOf(string sha) => shown ? texts.GetValueOrDefault(CommentText.KeyOf(c.Id, sha)) : null;
        var current = c.Revisions[^1];
        return new CommentReading(c.Id, c.ProposalId, c.InReplyTo, c.Side, c.AuthorId, BodyOf(current.BodySha256), current.BodySha256,
            c.Revisions.Select(r => new RevisionReading(r.Revision, BodyOf(r.BodySha256), r.BodySha256, r.At)).ToList(),
            c.Hidden is { } hidden ? $"hidden by a moderator: {hidden.Reason}" : null, c.Hidden, c.Appeal, c.Erased,
            moderator ? c.OpenFlags : [], c.PostedAt, c.UpdatedAt, c.Version);
    }

    /// <summary>The keys of the bodies a reading of these comments may show.</summary>
    public static IEnumerable<string> Keys(IEnumerable<CommentView> comments) =>
        comments.Where(c => c.Erased is null).SelectMany(c => c.Revisions.Select(r => CommentText.KeyOf(c.Id, r.BodySha256)));
}

public sealed record RevisionReading(int Revision, string? Body, string BodySha256, Instant At);

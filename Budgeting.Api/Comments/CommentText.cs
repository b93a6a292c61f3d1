using Budgeting.Domain.Comments;

namespace Budgeting.Api.Comments;

/// <summary>
/// A comment's body, kept apart from the events (which carry its SHA-256), so it can be erased while the history and
/// its chain stay whole; keyed by the comment and the hash, so each revision's event finds its body.
/// </summary>
public sealed record CommentText(string Id, Guid CommentId, string Sha256, string Text)
{
    public static CommentText Of(Guid commentId, string body)
    {
        var text = CommentBody.Clean(body);
        var sha = CommentBody.Sha256(text);
        return new CommentText(KeyOf(commentId, sha), commentId, sha, text);
    }

    public static string KeyOf(Guid commentId, string sha256) => $"{commentId:N}:{sha256}";
}

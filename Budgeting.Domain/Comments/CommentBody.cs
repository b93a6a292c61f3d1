using System.Security.Cryptography;
using System.Text;
using Budgeting.Domain.Common;

namespace Budgeting.Domain.Comments;

/// <summary>
/// A comment's text. It never enters an event: events carry its SHA-256 (of the cleaned text, UTF-8, lower-case hex),
/// so a body can be erased while the history and its hash chain stay whole, and anyone can check a shown body against
/// the hash posted with it. Hostile text is refused: control characters (other than line breaks and tabs), the
/// bidirectional embeddings, overrides and isolates that make text read otherwise than it is stored, unpaired
/// surrogates, and more than <see cref="MaxLength"/> characters. Markup is kept as text: every reader gets it as a
/// JSON string, inert; pages must encode it.
/// </summary>
public static class CommentBody
{
    public const int MaxLength = 5000;

    public static Rejection? Check(string field, string? body)
    {
        if (Validation.Text(field, body, 1, MaxLength) is { } length) return length;
        for (var i = 0; i < body!.Length; i++)
        {
            var c = body[i];
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
                return Rejection.Invalid(field, "no-control-characters", $"{field} must not contain control characters (U+{(int)c:X4})");
            if (c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
                return Rejection.Invalid(field, "no-bidi-controls", $"{field} must not contain bidirectional overrides or isolates (U+{(int)c:X4})");
            if (char.IsHighSurrogate(c) && i + 1 < body.Length && char.IsLowSurrogate(body[i + 1])) i++;
            else if (char.IsSurrogate(c)) return Rejection.Invalid(field, "well-formed", $"{field} must be well-formed text (no unpaired surrogates)");
        }
        return null;
    }

    /// <summary>The text as stored and hashed: trimmed, line breaks as <c>\n</c>.</summary>
    public static string Clean(string body) => body.Trim().ReplaceLineEndings("\n");

    public static string Sha256(string cleaned) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cleaned)));
}

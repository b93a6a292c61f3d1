using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Comments.Posting;

/// <summary>A citizen writes at most <see cref="Writes"/> bodies (comments, arguments, replies, edits) in any <see cref="Window"/>.</summary>
public static class PostingLimit
{
    public const int Writes = 10;
    public static readonly Duration Window = Duration.FromMinutes(10);

    /// <param name="recentWrites">When the citizen wrote bodies before (at least those within the window).</param>
    public static Rejection? Check(IEnumerable<Instant> recentWrites, Instant now) =>
        recentWrites.Count(at => at > now - Window) >= Writes
            ? Rejection.TooMany("rate-limit", $"at most {Writes} comments, arguments or edits in {Window.TotalMinutes:0} minutes; try again later")
            : null;
}

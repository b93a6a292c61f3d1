using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Api.Commands;

/// <summary>
/// Who sends a command, when (by the injected clock), and which version of the stream they acted on (none: act on the
/// latest). An API request and a page's form make the same sender, so the decision sees the same inputs.
/// </summary>
public sealed record Sender(Actor Actor, Instant Now, long? ExpectedVersion, CancellationToken Token)
{
    /// <summary>An API request: the bearer's actor, and If-Match as the expected version.</summary>
    public static Sender Of(HttpContext http, IClock clock) =>
        new(http.User.ToActor(), clock.GetCurrentInstant(), ETags.IfMatch(http), http.RequestAborted);

    /// <summary>A page's form: the signed-in actor, and the version the page showed (its hidden field).</summary>
    public static Sender Of(HttpContext http, IClock clock, long? shownVersion) =>
        new(http.User.ToActor(), clock.GetCurrentInstant(), shownVersion, http.RequestAborted);
}

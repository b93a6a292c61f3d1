using Budgeting.Domain.Common;

namespace Budgeting.Api.Commands;

/// <summary>
/// What became of a command on the one path every caller shares, before it is an HTTP answer (<see cref="OutcomeResults"/>)
/// or a message on a page.
/// </summary>
public abstract record Outcome
{
    /// <summary>Appended and committed: the stream and its new version.</summary>
    public sealed record Accepted(Guid Id, long Version) : Outcome;

    /// <summary>The decision refused the command.</summary>
    public sealed record Refused(Rejection Rejection) : Outcome;

    /// <summary>
    /// The caller acted on version <see cref="Expected"/>, but the stream is at <see cref="Current"/>; <see cref="Changes"/>
    /// names the events recorded in between (their type names, in order).
    /// </summary>
    public sealed record Stale(long Expected, long Current, IReadOnlyList<string> Changes) : Outcome;

    /// <summary>
    /// An idempotency key came back: with the same request it answers the first creation again; with another request
    /// it is refused (<see cref="SameRequest"/> false).
    /// </summary>
    public sealed record Repeated(Guid Id, long Version, bool SameRequest) : Outcome;

    /// <summary>No such stream.</summary>
    public sealed record Missing(string What, Guid Id) : Outcome;
}

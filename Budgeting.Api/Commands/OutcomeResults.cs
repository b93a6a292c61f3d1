using Budgeting.Api.Infrastructure;
using Budgeting.Api.Proposals.Suggesting;

namespace Budgeting.Api.Commands;

/// <summary>An <see cref="Outcome"/> as the API answers it.</summary>
public static class OutcomeResults
{
    /// <summary>
    /// 201 at the stream's <paramref name="location"/> when the command created one, otherwise 200; a repeated creation
    /// answers 200 at the same location; problems for the rest.
    /// </summary>
    public static IResult ToResult(this Outcome outcome, Func<Guid, string>? location = null) => outcome switch
    {
        Outcome.Accepted a when location is not null => new Written(StatusCodes.Status201Created, a.Id, a.Version, location(a.Id)),
        Outcome.Accepted a => new Written(StatusCodes.Status200OK, a.Id, a.Version, null),
        Outcome.Refused r => r.Rejection.ToProblem(),
        Outcome.Stale s => ETags.PreconditionFailed(s.Expected, s.Current, s.Changes),
        Outcome.Missing m => Problems.NotFound(m.What, m.Id),
        Outcome.Repeated { SameRequest: true } r => new Written(StatusCodes.Status200OK, r.Id, r.Version, location?.Invoke(r.Id)),
        Outcome.Repeated => Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency key reused",
            detail: $"this {IdempotentCreation.Header} was already used for a different request",
            extensions: new Dictionary<string, object?> { ["field"] = IdempotentCreation.Header, ["rule"] = "same-request" }),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    /// <summary>The HTTP status of an outcome, for an answer that is a page rather than a problem document.</summary>
    public static int StatusCode(this Outcome outcome) => outcome switch
    {
        Outcome.Accepted => StatusCodes.Status200OK,
        Outcome.Refused r => Problems.StatusOf(r.Rejection.Kind),
        Outcome.Stale => StatusCodes.Status409Conflict,
        Outcome.Missing => StatusCodes.Status404NotFound,
        Outcome.Repeated { SameRequest: true } => StatusCodes.Status200OK,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    public static async Task<IResult> ToResult(this Task<Outcome> outcome, Func<Guid, string>? location = null) =>
        (await outcome).ToResult(location);
}

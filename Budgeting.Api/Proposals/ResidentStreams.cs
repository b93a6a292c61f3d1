using System.Security.Claims;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Voting;
using Marten;
using Marten.Exceptions;

namespace Budgeting.Api.Proposals;

/// <summary>
/// A resident's own small stream on a proposal (their support, their forum participation): keyed by them and the
/// proposal (<see cref="ParticipationKeys"/>), its events anonymous.
/// </summary>
public static class ResidentStreams
{
    /// <summary>The signed-in citizen as their token describes them: subject, district of residence, birth date.</summary>
    public static Voter Resident(ClaimsPrincipal user) =>
        new(user.ToActor(), user.FindFirstValue(Auth.DistrictClaim), user.FindFirstValue(Auth.BirthDateClaim));

    /// <summary>
    /// Starts the stream (its first write) or appends at the version read, so a concurrent write of the same resident
    /// collides instead of counting twice. No request trace, causation or user name on the events: nothing a log could
    /// join to the resident.
    /// </summary>
    public static void Write<TView>(IDocumentSession session, Guid id, long? version, IReadOnlyList<object> events) where TView : class
    {
        session.CorrelationId = null;
        session.CausationId = null;
        session.LastModifiedBy = null;
        if (version is { } read) session.Events.Append(id, read + 1, events.ToArray());
        else session.Events.StartStream<TView>(id, events.ToArray());
    }

    /// <summary>Commits; when a concurrent first write of the same resident won, a conflict asking them to send theirs again.</summary>
    public static Task<Rejection?> Commit(IDocumentSession session, CancellationToken token) =>
        session.Commit(token, e => e is ExistingStreamIdCollisionException
            ? Rejection.Conflict("concurrent-write", "another write of yours on this proposal arrived at the same moment; send yours again")
            : null);
}

using System.Security.Claims;
using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Voting;
using Marten;
using JasperFx;

namespace Budgeting.Api.Cycles.Voting;

/// <summary>What a voter gets back: that their ballot is in the box, never its id (no receipt to show anyone).</summary>
public sealed record BallotAccepted(Guid CycleId, bool Replaced, NodaTime.Instant At);

/// <summary>A ballot's way into the store, for the API and the ballot page alike: through <see cref="EventWrites"/>, as every command.</summary>
public static class BallotBox
{
    /// <summary>Casts the voter's ballot or replaces the one they cast before; a refusal comes back as the outcome.</summary>
    public static async Task<(BallotAccepted? Ballot, Outcome? Refusal)> Cast(
        this IDocumentSession session, Guid cycleId, CastBallot command, ClaimsPrincipal user, Sender sender, IConfiguration configuration)
    {
        var token = sender.Token;
        var voter = VoterOf(user, sender);
        var recordId = VoterRecord.IdFor(configuration, cycleId, voter.Actor.Id);
        // The cycle, the voter's record and the proposals the ballot names in one round trip: a ballot is the city's
        // hottest write, and a city cycle may have hundreds of proposals the ballot does not name.
        var batch = session.CreateBatchQuery();
        var cycleRead = batch.LatestCycle(cycleId);
        var recordRead = batch.Load<VoterRecord>(recordId);
        var proposalsRead = ProposalFactsReader.OfCycleNamed(batch, cycleId,
            (command.Selections ?? []).Select(s => s.ProposalId).OfType<Guid>(), BallotRules.MaxSelections + 1);
        await batch.Execute(token);
        if (await cycleRead.Complete(session, token) is not { } cycle) return (null, new Outcome.Missing("budget cycle", cycleId));
        var record = await recordRead;
        var proposals = await proposalsRead;
        Unlink(session);
        // Time-ordered, as the engine's other ids: the ballot's stream, event, document and hash rows then go to the right
        // end of their indexes instead of a random page each (fewer pages written, and fewer full-page images in the WAL).
        // It tells no more than the event's own timestamp and sequence already do.
        var newBallotId = Guid.CreateVersion7();
        // The voter record is inserted, never upserted: of two first ballots of one voter arriving together, the second
        // commit finds the record taken and is refused (concurrent-ballot) instead of leaving two ballots in the box.
        var outcome = record is null
            ? await session.Start<SecretBallot>(newBallotId,
                CastBallot.Decide(cycle, proposals, voter, null, newBallotId, command, sender.Now), token,
                inserted: [new VoterRecord(recordId, cycleId, newBallotId)], refusal: Refused)
            : await session.Append<SecretBallot>(record.BallotId, null,
                previous => CastBallot.Decide(cycle, proposals, voter, previous, newBallotId, command, sender.Now), "ballot", token, Refused);
        return outcome is Outcome.Accepted ? (new BallotAccepted(cycleId, record is not null, sender.Now), null) : (null, outcome);
    }

    /// <summary>
    /// The decision a ballot would meet now, without casting it: a page's review step and its question "may I vote here?"
    /// ask the same <see cref="CastBallot"/> decision the cast will. Null when it would be accepted.
    /// </summary>
    public static async Task<Rejection?> Preview(this IQuerySession session, Guid cycleId, CastBallot command, ClaimsPrincipal user, Sender sender)
    {
        if (await session.LatestCycle(cycleId, sender.Token) is not { } cycle)
            return new Rejection(RejectionKind.NotFound, "cycleId", "known-cycle", $"no budget cycle with id {cycleId}");
        var proposals = await ProposalFactsReader.OfCycle(session, cycleId, sender.Token);
        return CastBallot.Decide(cycle, proposals, VoterOf(user, sender), null, Guid.NewGuid(), command, sender.Now).Rejection;
    }

    /// <summary>Whether the signed-in citizen has a ballot in this cycle's box (while the voter records exist).</summary>
    public static async Task<bool> HasVoted(this IQuerySession session, Guid cycleId, string subject, IConfiguration configuration,
        CancellationToken token) =>
        await session.LoadAsync<VoterRecord>(VoterRecord.IdFor(configuration, cycleId, subject), token) is not null;

    /// <summary>What the store's refusal of a ballot's commit tells the voter.</summary>
    internal static Rejection? Refused(Exception e) => e switch
    {
        DocumentAlreadyExistsException => Rejection.Conflict("concurrent-ballot",
            "another ballot of yours arrived at the same moment; send yours again"),
        // The close of voting committed while this ballot was on its way: the fence in PostgreSQL refused it, so it is
        // neither counted nor acknowledged.
        _ when VoteClosed(e) => Rejection.Conflict("vote-closed",
            "the voting phase closed before your ballot was recorded; it was not counted"),
        _ => null,
    };

    private static bool VoteClosed(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is Npgsql.PostgresException { SqlState: Counting.CountingSql.VoteClosedState }) return true;
        return false;
    }

    private static Voter VoterOf(ClaimsPrincipal user, Sender sender) =>
        new(sender.Actor, user.FindFirstValue(Auth.DistrictClaim), user.FindFirstValue(Auth.BirthDateClaim));

    /// <summary>No request trace, causation or user name on ballot events: nothing that a log could join to the voter.</summary>
    private static void Unlink(IDocumentSession session)
    {
        session.CorrelationId = null;
        session.CausationId = null;
        session.LastModifiedBy = null;
    }
}

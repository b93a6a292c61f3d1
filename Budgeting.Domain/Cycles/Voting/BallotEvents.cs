using System.Collections.Immutable;
using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Cycles.Voting;

/// <summary>One choice on a ballot: a proposal and the points given to it (1 on an approval ballot).</summary>
public sealed record Selection(Guid ProposalId, int Points);

/// <summary>A ballot entered the box. Its stream is the ballot's own; nothing in it names the voter.</summary>
public sealed record BallotCast(Guid BallotId, Guid CycleId, ImmutableList<Selection> Selections, Actor By, Instant At);

/// <summary>The voter replaced their ballot during the voting phase: only the last one counts.</summary>
public sealed record BallotReplaced(Guid BallotId, Guid CycleId, ImmutableList<Selection> Selections, Actor By, Instant At);

/// <summary>A secret ballot folded from its stream: the cycle it belongs to and its current selections.</summary>
public sealed record SecretBallot(Guid Id, Guid CycleId, ImmutableList<Selection> Selections)
{
    public static SecretBallot? Evolve(SecretBallot? state, object @event) => (state, @event) switch
    {
        (_, BallotCast e) => new SecretBallot(e.BallotId, e.CycleId, e.Selections),
        (not null, BallotReplaced e) => state with { Selections = e.Selections },
        _ => state,
    };
}

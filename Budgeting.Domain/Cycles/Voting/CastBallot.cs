using System.Collections.Immutable;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scheduling;
using NodaTime;

namespace Budgeting.Domain.Cycles.Voting;

public sealed record SelectionInput(Guid? ProposalId, int? Points = null);

/// <summary>
/// A resident citizen casts their ballot during the voting phase, or replaces the one they cast before (the
/// caller finds it through the voter record). The events carry the ballot id and the anonymous actor only.
/// </summary>
public sealed record CastBallot(ImmutableList<SelectionInput>? Selections)
{
    public static Decision Decide(BudgetCycle cycle, IReadOnlyList<ProposalFacts> proposals, Voter voter, SecretBallot? previous,
        Guid newBallotId, CastBallot command, Instant now)
    {
        if (!voter.Actor.Is(Role.Citizen)) return Rejection.Forbidden("citizen-only", "only citizens cast ballots");
        if (cycle.Voting is not { } settings) return Rejection.Conflict("no-voting", "this cycle has no citizen vote");
        if (cycle.PhaseCheck(Phase.Voting, "casting a ballot") is { } closed) return closed;
        if (voter.EligibilityFor(cycle, settings, now) is { } ineligible) return ineligible;
        var (selections, invalid) = BallotRules.Check(settings, cycle.Id, proposals, command.Selections ?? []);
        if (invalid is not null) return invalid;
        return previous is null
            ? Decision.Accept(new BallotCast(newBallotId, cycle.Id, selections, Voter.Anonymous, now))
            : Decision.Accept(new BallotReplaced(previous.Id, cycle.Id, selections, Voter.Anonymous, now));
    }
}

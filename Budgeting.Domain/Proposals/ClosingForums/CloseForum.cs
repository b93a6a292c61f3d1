using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.TakingStances;
using NodaTime;

namespace Budgeting.Domain.Proposals.ClosingForums;

/// <summary>The engine closes a forum whose days are over, recording its final tally; early or repeated deadlines change nothing.</summary>
public static class CloseForum
{
    public static Decision Decide(Proposal proposal, ForumTally tally, Instant now) =>
        proposal.ForumOpen && proposal.ForumClosesAt <= now
            ? Decision.Accept(new ForumClosed(proposal.Id, tally.Participants, tally.Agree, tally.Disagree, tally.Undecided, Actor.Engine, now))
            : Decision.Accept();
}

using System.Collections.Immutable;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Scoring;
using NodaTime;

namespace Budgeting.Domain.Cycles.Recommending;

/// <summary>The committee's recommendation: the ranking frozen as it stood.</summary>
public sealed record RecommendationIssued(Guid CycleId, ImmutableList<RankedProposal> Ranking, string Note, Actor By, Instant At);

public sealed record IssueRecommendation(string? Note)
{
    public static Decision Decide(BudgetCycle cycle, IssueRecommendation command, Actor by, Instant now)
    {
        if (cycle.MemberCheck(by) is { } notMember) return notMember;
        if (Validation.Text("note", command.Note, 0, 4000) is { } invalid) return invalid;
        if (cycle.PhaseCheck(Phase.Prioritisation, "issuing the recommendation") is { } closed) return closed;
        if (cycle.Recommendation is not null)
            return Rejection.Conflict("already-recommended", "the committee has already issued its recommendation");
        var ranking = cycle.CurrentRanking();
        if (ranking.IsEmpty) return Rejection.Conflict("nothing-scored", "no admitted proposal has been scored yet");
        return Decision.Accept(new RecommendationIssued(cycle.Id, ranking, command.Note?.Trim() ?? "", by, now));
    }
}

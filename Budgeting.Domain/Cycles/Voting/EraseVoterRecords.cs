using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scheduling;
using NodaTime;

namespace Budgeting.Domain.Cycles.Voting;

/// <summary>The records of who voted in a cycle were erased (how many, by whom, when); the ballots stay.</summary>
public sealed record VoterRecordsErased(Guid CycleId, int Count, Actor By, Instant At);

/// <summary>An administrator erases a cycle's voter records once its voting phase is over.</summary>
public static class EraseVoterRecords
{
    public static Decision Decide(BudgetCycle cycle, int records, Actor by, Instant now)
    {
        if (!by.Is(Role.Admin)) return Rejection.Forbidden("admin-only", "only an administrator erases voter records");
        if (cycle.Voting is null) return Rejection.Conflict("no-voting", "this cycle has no citizen vote");
        if (cycle.Phase <= Phase.Voting)
            return Rejection.Conflict("voting-not-over", $"voter records are needed until the voting phase closes; the {cycle.Phase} phase is open");
        if (records == 0) return Rejection.Conflict("nothing-to-erase", "this cycle holds no voter records");
        return Decision.Accept(new VoterRecordsErased(cycle.Id, records, by, now));
    }
}

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Cycles.Committee;

public sealed record CommitteeMemberAppointed(Guid CycleId, string MemberId, Actor By, Instant At);

public sealed record CommitteeMemberRemoved(Guid CycleId, string MemberId, string Reason, Actor By, Instant At);

/// <summary>An administrator appoints a member (by pseudonymous id) to a cycle's committee.</summary>
public sealed record AppointMember(string? MemberId)
{
    public static Decision Decide(BudgetCycle cycle, AppointMember command, Actor by, Instant now)
    {
        if (!by.Is(Role.Admin)) return Rejection.Forbidden("admin-only", "only an administrator appoints committee members");
        if (Validation.Text("memberId", command.MemberId, 1, 100) is { } invalid) return invalid;
        var member = command.MemberId!.Trim();
        if (cycle.Committee.Contains(member))
            return Rejection.Conflict("already-member", $"{member} already sits on this cycle's committee", "memberId");
        if (cycle.Phase == Scheduling.Phase.Closed) return Rejection.Conflict("cycle-closed", "the cycle is closed");
        return Decision.Accept(new CommitteeMemberAppointed(cycle.Id, member, by, now));
    }
}

/// <summary>An administrator removes a member, with a reason; their live scores stop counting.</summary>
public sealed record RemoveMember(string? Reason)
{
    public static Decision Decide(BudgetCycle cycle, string memberId, RemoveMember command, Actor by, Instant now)
    {
        if (!by.Is(Role.Admin)) return Rejection.Forbidden("admin-only", "only an administrator removes committee members");
        if (Validation.Text("reason", command.Reason, 3, 1000) is { } invalid) return invalid;
        if (!cycle.Committee.Contains(memberId))
            return new Rejection(RejectionKind.NotFound, "memberId", "not-member", $"{memberId} does not sit on this cycle's committee");
        return Decision.Accept(new CommitteeMemberRemoved(cycle.Id, memberId, command.Reason!.Trim(), by, now));
    }
}

using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Allocating;
using NodaTime;

namespace Budgeting.Domain.Cycles.AllocationRule;

public sealed record RuleChanged(Guid CycleId, string From, string To, RuleParameters Parameters, string Reason, Actor By, Instant At);

/// <summary>
/// An administrator changes the rule the cycle's allocation will apply, with a reason, until the allocation is
/// decided: a cycle whose announced rule cannot decide it (an add-one rule past its work bound) is never stuck.
/// </summary>
public sealed record ChangeRule(string? Rule, RuleParameters? RuleParameters, string? Reason)
{
    public static Decision Decide(BudgetCycle cycle, ChangeRule command, Actor by, Instant now)
    {
        if (!by.Is(Role.Admin)) return Rejection.Forbidden("admin-only", "only an administrator changes a cycle's rule");
        var parameters = command.RuleParameters ?? RuleParameters.None;
        if (Validation.FirstOf(
                command.Rule is null ? Rejection.Invalid("rule", "required", "rule is required") : AllocationRuleNames.Check(command.Rule),
                command.Rule is null ? null : AllocationRuleNames.CheckParameters(command.Rule, parameters),
                Validation.Text("reason", command.Reason, 3, 1000)) is { } invalid) return invalid;
        var rule = command.Rule!;
        if (cycle.Allocation is not null)
            return Rejection.Conflict("already-allocated", "the allocation is decided: its rule can no longer change", "rule");
        if (AllocationRuleNames.NeedsVoting(rule) && cycle.Voting is null)
            return Rejection.Conflict("needs-voting", $"rule {rule} needs a citizen vote, and this cycle has no voting phase", "rule");
        if (AllocationRuleNames.NeedsPoints(rule) && cycle.Voting?.Kind != BallotKind.Cumulative)
            return Rejection.Conflict("needs-cumulative", $"rule {rule} needs cumulative (points) ballots, and this cycle's are not", "rule");
        if (rule == cycle.Rule && parameters == cycle.RuleParameters)
            return Rejection.Conflict("unchanged", "the cycle already has that rule with those parameters", "rule");
        return Decision.Accept(new RuleChanged(cycle.Id, cycle.Rule, rule, parameters, command.Reason!.Trim(), by, now));
    }
}

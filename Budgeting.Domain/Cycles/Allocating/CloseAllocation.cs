using System.Collections.Immutable;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scheduling;
using NodaTime;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>The cycle's one allocation decision: every funded proposal with its amount, the rule and its inputs.</summary>
public sealed record AllocationDecided(
    Guid CycleId, string Rule, Won Envelope, ImmutableList<FundedProposal> Funded, ImmutableList<Guid> NotFunded,
    AllocationInputs Inputs, string InputsDigest, Actor By, Instant At)
{
    public Won Total => Won.Sum(Funded.Select(f => f.Amount));
}

/// <summary>A committee member closes the allocation: the cycle's rule is applied to the admitted proposals.</summary>
public sealed record CloseAllocation(string? Note)
{
    public static Decision Decide(BudgetCycle cycle, IReadOnlyList<ProposalFacts> proposals, CloseAllocation command, Actor by, Instant now)
    {
        if (cycle.MemberCheck(by) is { } notMember) return notMember;
        if (cycle.PhaseCheck(Phase.Allocation, "closing the allocation") is { } closed) return closed;
        if (cycle.Allocation is not null) return Rejection.Conflict("already-allocated", "this cycle's allocation is already decided");
        if (cycle.Rule != AllocationRuleNames.CommitteePriority)
            return Rejection.Conflict("rule-unavailable", $"the {cycle.Rule} rule is not available for this cycle yet");
        if (cycle.Recommendation is null)
            return Rejection.Conflict("no-recommendation", "the committee has not issued its recommendation");
        var admitted = proposals.Where(p => p.CycleId == cycle.Id && p.IsAdmitted && p.Cost is not null)
            .OrderBy(p => p.Id.ToString(), StringComparer.Ordinal).ToList();
        var ranks = cycle.Recommendation.ToDictionary(r => r.ProposalId, r => r.Rank);
        var inputs = new AllocationInputs(cycle.Envelope, admitted
            .Select(p => new Candidate(p.Id, p.Cost!.Value, ranks.TryGetValue(p.Id, out var rank) ? rank : null))
            .ToImmutableList());
        var funded = CommitteePriority.Allocate(inputs);
        var fundedIds = funded.Select(f => f.ProposalId).ToHashSet();
        var notFunded = admitted.Where(p => !fundedIds.Contains(p.Id)).Select(p => p.Id).ToImmutableList();
        return Decision.Accept(new AllocationDecided(cycle.Id, cycle.Rule, cycle.Envelope, funded, notFunded, inputs,
            inputs.Digest(), by, now));
    }
}

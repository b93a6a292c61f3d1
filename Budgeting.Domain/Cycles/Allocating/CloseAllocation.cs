using System.Collections.Immutable;
using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scheduling;
using NodaTime;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>The cycle's one allocation decision: every funded proposal with its amount, the rule and its inputs.</summary>
public sealed record AllocationDecided(
    Guid CycleId, string Rule, Won Envelope, ImmutableList<FundedProposal> Funded, ImmutableList<Guid> NotFunded,
    AllocationInputs Inputs, string InputsDigest, Actor By, Instant At, RuleParameters? RuleParameters = null)
{
    public Won Total => Won.Sum(Funded.Select(f => f.Amount));
}

/// <summary>
/// A committee member closes the allocation: the cycle's rule is applied to the admitted proposals and, for a
/// citizen-vote or blend rule, to the last ballot of every ballot stream of the cycle.
/// </summary>
public sealed record CloseAllocation(string? Note)
{
    public static Decision Decide(BudgetCycle cycle, IReadOnlyList<ProposalFacts> proposals, CloseAllocation command, Actor by,
        Instant now, IReadOnlyList<CountedBallot> ballots) =>
        Decide(cycle, proposals, command, by, now, BallotProfiles.Of(ballots));

    /// <summary>The decision on the counted ballots merged into identical profiles (read as a stream, never held one by one).</summary>
    public static Decision Decide(BudgetCycle cycle, IReadOnlyList<ProposalFacts> proposals, CloseAllocation command, Actor by,
        Instant now, BallotProfiles? ballots = null)
    {
        if (cycle.MemberCheck(by) is { } notMember) return notMember;
        if (cycle.PhaseCheck(Phase.Allocation, "closing the allocation") is { } closed) return closed;
        if (cycle.Allocation is not null) return Rejection.Conflict("already-allocated", "this cycle's allocation is already decided");
        if (!AllocationRuleNames.IsKnown(cycle.Rule))
            return Rejection.Conflict("rule-unavailable", $"the {cycle.Rule} rule is not available for this cycle");
        var voted = AllocationRuleNames.NeedsVoting(cycle.Rule);
        if (cycle.Rule is AllocationRuleNames.CommitteePriority or AllocationRuleNames.Blend && cycle.Recommendation is null)
            return Rejection.Conflict("no-recommendation", "the committee has not issued its recommendation");
        var admitted = proposals.Where(p => p.CycleId == cycle.Id && p.IsAdmitted && p.Cost is not null)
            .OrderBy(p => p.Id.ToString(), StringComparer.Ordinal).ToList();
        var ranks = (cycle.Recommendation ?? []).ToDictionary(r => r.ProposalId);
        var blend = cycle.Rule == AllocationRuleNames.Blend;
        var candidates = admitted.Select(p => ranks.TryGetValue(p.Id, out var r)
            ? new Candidate(p.Id, p.Cost!.Value, r.Rank, blend ? r.Points : null, blend ? r.Scorers : null, blend ? p.SurveyCount : null)
            : new Candidate(p.Id, p.Cost!.Value, null, SurveyCount: blend ? p.SurveyCount : null)).ToImmutableList();
        var counted = voted ? ballots ?? BallotProfiles.None : BallotProfiles.None;
        var inputs = new AllocationInputs(cycle.Envelope, candidates,
            voted ? BallotsUsed.Of(cycle.Voting?.Kind ?? BallotKind.Approval, counted) : null, blend ? cycle.Blend : null);
        ImmutableList<FundedProposal> funded;
        try
        {
            funded = Recompute(cycle.Rule, cycle.RuleParameters, inputs, counted);
        }
        catch (AllocationTooCostlyException tooCostly)
        {
            return Rejection.Conflict("rule-did-not-settle", $"{tooCostly.Message}; the {cycle.Rule} rule cannot decide this " +
                $"cycle: an administrator can change the cycle's rule (POST /api/cycles/{cycle.Id}/rule, with a reason) to one " +
                "without add-one, such as mes_cost_greedy or greedy_score, and the committee close the allocation again");
        }
        var fundedIds = funded.Select(f => f.ProposalId).ToHashSet();
        var notFunded = admitted.Where(p => !fundedIds.Contains(p.Id)).Select(p => p.Id).ToImmutableList();
        return Decision.Accept(new AllocationDecided(cycle.Id, cycle.Rule, cycle.Envelope, funded, notFunded, inputs,
            inputs.Digest(), by, now, cycle.RuleParameters.MinimumScore is null ? null : cycle.RuleParameters));
    }

    /// <summary>The funded list a rule gives on recorded inputs and the counted ballots: the decision, recomputed.</summary>
    public static ImmutableList<FundedProposal> Recompute(string rule, RuleParameters parameters, AllocationInputs inputs,
        IReadOnlyList<CountedBallot> ballots) => Recompute(rule, parameters, inputs, BallotProfiles.Of(ballots));

    public static ImmutableList<FundedProposal> Recompute(string rule, RuleParameters parameters, AllocationInputs inputs,
        BallotProfiles ballots) =>
        rule switch
        {
            AllocationRuleNames.CommitteePriority => CommitteePriority.Allocate(inputs),
            AllocationRuleNames.Blend => BlendCommitteeVote.Allocate(inputs, ballots),
            _ => VoteAllocation.Allocate(rule, parameters, inputs, ballots),
        };
}

using System.Collections.Immutable;
using Budgeting.Domain.Rules.Explaining;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>
/// Committee priority: walk the ranked candidates in rank order and fund each one that still fits the
/// remaining envelope; one that does not fit is skipped and cheaper ones further down are still funded.
/// Unranked candidates are never funded.
/// </summary>
public static class CommitteePriority
{
    public static ImmutableList<FundedProposal> Allocate(AllocationInputs inputs) =>
        Walk(inputs, null).Select(i => new FundedProposal(inputs.Candidates[i].ProposalId, inputs.Candidates[i].Cost)).ToImmutableList();

    public static Explanation Explain(AllocationInputs inputs)
    {
        var log = CycleExplanations.Log(inputs);
        return log.Build(AllocationRuleNames.CommitteePriority, Walk(inputs, log));
    }

    private static List<int> Walk(AllocationInputs inputs, ExplanationLog? log)
    {
        var candidates = inputs.Candidates;
        var walk = log is null ? null : new GreedyWalk(log, "committee ranking", inputs.Envelope.Value, "rank");
        var (remaining, funded) = (inputs.Envelope, new List<int>());
        foreach (var i in Enumerable.Range(0, candidates.Count).Where(i => candidates[i].Rank is not null).OrderBy(i => candidates[i].Rank))
        {
            if (candidates[i].Cost > remaining)
            {
                walk?.Skip(i, candidates[i].Rank, remaining.Value);
                continue;
            }
            walk?.Fund(i, candidates[i].Rank, remaining.Value);
            funded.Add(i);
            remaining -= candidates[i].Cost;
        }
        foreach (var i in Enumerable.Range(0, candidates.Count).Where(i => candidates[i].Rank is null)) walk?.NotRanked(i);
        walk?.End(remaining.Value);
        return funded;
    }
}

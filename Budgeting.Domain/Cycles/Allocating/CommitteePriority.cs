using System.Collections.Immutable;
using Budgeting.Domain.Common;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>
/// Committee priority: walk the ranked candidates in rank order and fund each one that still fits the
/// remaining envelope; one that does not fit is skipped and cheaper ones further down are still funded.
/// Unranked candidates are never funded.
/// </summary>
public static class CommitteePriority
{
    public static ImmutableList<FundedProposal> Allocate(AllocationInputs inputs)
    {
        var remaining = inputs.Envelope;
        var funded = ImmutableList.CreateBuilder<FundedProposal>();
        foreach (var candidate in inputs.Candidates.Where(c => c.Rank is not null).OrderBy(c => c.Rank))
        {
            if (candidate.Cost > remaining) continue;
            funded.Add(new FundedProposal(candidate.ProposalId, candidate.Cost));
            remaining -= candidate.Cost;
        }
        return funded.ToImmutable();
    }
}

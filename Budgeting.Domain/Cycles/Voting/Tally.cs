using System.Collections.Immutable;

namespace Budgeting.Domain.Cycles.Voting;

/// <summary>One proposal's count: the ballots that name it, and the points they give it (equal on approval ballots).</summary>
public sealed record ProposalTally(Guid ProposalId, int Supporters, long Points);

public static class Tally
{
    /// <summary>Most points first, then most supporters, then the proposal id in ordinal order.</summary>
    public static ImmutableList<ProposalTally> Of(IEnumerable<IReadOnlyList<Selection>> ballots) => ballots
        .SelectMany(b => b)
        .GroupBy(s => s.ProposalId)
        .Select(g => new ProposalTally(g.Key, g.Count(), g.Sum(s => (long)s.Points)))
        .OrderByDescending(t => t.Points).ThenByDescending(t => t.Supporters)
        .ThenBy(t => t.ProposalId.ToString(), StringComparer.Ordinal)
        .ToImmutableList();
}

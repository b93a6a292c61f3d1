using System.Collections.Immutable;

namespace Budgeting.Domain.Cycles.Scoring;

/// <summary>One line of the committee's ranking. Mean = Points ÷ (4 × Scorers), on the 1–10 scale.</summary>
public sealed record RankedProposal(int Rank, Guid ProposalId, int Points, int Scorers, decimal Mean);

/// <summary>
/// The ranking is derived, never typed in: every live score of a current member who is not recused counts.
/// Order: higher mean first (compared exactly), then more scorers, then the proposal id in ordinal order.
/// </summary>
public static class Ranking
{
    public const int Criteria = 4;

    public static ImmutableList<RankedProposal> From(
        IEnumerable<(Guid ProposalId, string MemberId, Scores Scores)> liveScores,
        IReadOnlySet<string> members, Func<Guid, string, bool> isRecused)
    {
        var lines = liveScores
            .Where(s => members.Contains(s.MemberId) && !isRecused(s.ProposalId, s.MemberId))
            .GroupBy(s => s.ProposalId)
            .Select(g => (Id: g.Key, Points: g.Sum(s => s.Scores.Total), Scorers: g.Count()))
            .ToList();
        lines.Sort((a, b) =>
        {
            var byMean = ((long)b.Points * a.Scorers).CompareTo((long)a.Points * b.Scorers);
            if (byMean != 0) return byMean;
            var byScorers = b.Scorers.CompareTo(a.Scorers);
            return byScorers != 0 ? byScorers : string.CompareOrdinal(a.Id.ToString(), b.Id.ToString());
        });
        return lines.Select((l, i) => new RankedProposal(i + 1, l.Id, l.Points, l.Scorers,
            Math.Round((decimal)l.Points / (Criteria * l.Scorers), 4))).ToImmutableList();
    }
}

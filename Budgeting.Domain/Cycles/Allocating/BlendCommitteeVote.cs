using System.Collections.Immutable;
using Budgeting.Domain.Allocation;
using Budgeting.Domain.Cycles.Voting;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>
/// blend_committee_vote, after Seoul 2014 (half committee, half citizens): each candidate scores
/// ½ × its committee mean ÷ the highest committee mean + ½ × its votes ÷ the highest votes (votes: supporters on
/// approval ballots, points on cumulative ones; a part is 0 when its highest is 0, and a candidate the committee did
/// not score has mean 0). Exact rationals. Order: higher score, then better committee rank (unranked last), then
/// proposal id in ordinal order; then fund in that order while the envelope allows, skipping what does not fit. A
/// candidate with score 0 (neither scored by the committee nor named on any ballot) is never funded.
/// </summary>
public static class BlendCommitteeVote
{
    public static readonly Rational CommitteeWeight = new(1, 2);

    public static IReadOnlyList<(Candidate Candidate, Rational Score)> Order(AllocationInputs inputs, IReadOnlyList<CountedBallot> ballots)
    {
        var votes = Tally.Of(ballots.Select(b => b.Selections)).ToDictionary(t => t.ProposalId, t => t.Points);
        var mean = inputs.Candidates.ToDictionary(c => c.ProposalId,
            c => c.CommitteePoints is { } points && c.Scorers > 0 ? new Rational(points, 4L * c.Scorers.Value) : Rational.Zero);
        var vote = inputs.Candidates.ToDictionary(c => c.ProposalId, c => (Rational)votes.GetValueOrDefault(c.ProposalId));
        var (topMean, topVote) = (Max(mean.Values), Max(vote.Values));
        return inputs.Candidates
            .Select(c => (Candidate: c, Score: CommitteeWeight * Share(mean[c.ProposalId], topMean)
                                              + (Rational.One - CommitteeWeight) * Share(vote[c.ProposalId], topVote)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Candidate.Rank ?? int.MaxValue)
            .ThenBy(x => x.Candidate.ProposalId.ToString("D"), StringComparer.Ordinal)
            .ToList();
    }

    public static ImmutableList<FundedProposal> Allocate(AllocationInputs inputs, IReadOnlyList<CountedBallot> ballots)
    {
        var remaining = inputs.Envelope;
        var funded = ImmutableList.CreateBuilder<FundedProposal>();
        foreach (var (candidate, score) in Order(inputs, ballots))
        {
            if (score.Sign == 0 || candidate.Cost > remaining) continue;
            funded.Add(new FundedProposal(candidate.ProposalId, candidate.Cost));
            remaining -= candidate.Cost;
        }
        return funded.ToImmutable();
    }

    private static Rational Max(IEnumerable<Rational> values) => values.Aggregate(Rational.Zero, (a, b) => a >= b ? a : b);

    private static Rational Share(Rational value, Rational top) => top.Sign == 0 ? Rational.Zero : value / top;
}

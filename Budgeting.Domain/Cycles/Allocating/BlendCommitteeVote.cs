using System.Collections.Immutable;
using Budgeting.Domain.Rules;
using Budgeting.Domain.Rules.Explaining;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>
/// blend_committee_vote, with the cycle's weights (half committee, half citizens by default, as Seoul in 2014): each
/// candidate scores w₁ × its committee mean ÷ the highest committee mean + w₂ × its votes ÷ the highest votes
/// + w₃ × its survey count ÷ the highest survey count (votes: supporters on approval ballots, points on cumulative ones;
/// a part is 0 when its highest is 0; a candidate the committee did not score has mean 0, one without a recorded
/// survey count has 0). Exact rationals. Order: higher score, then better committee rank (unranked last), then
/// proposal id in ordinal order; then fund in that order while the envelope allows, skipping what does not fit. A
/// candidate with score 0 is never funded.
/// </summary>
public static class BlendCommitteeVote
{
    public static IReadOnlyList<(Candidate Candidate, Rational Score)> Order(AllocationInputs inputs, IReadOnlyList<CountedBallot> ballots) =>
        Order(inputs, BallotProfiles.Of(ballots));

    public static IReadOnlyList<(Candidate Candidate, Rational Score)> Order(AllocationInputs inputs, BallotProfiles ballots)
    {
        var weights = inputs.Weights ?? BlendWeights.Default;
        var votes = ballots.Profiles.SelectMany(b => b.Selections.Select(s => (s.ProposalId, Points: (long)s.Points * b.Ballots)))
            .GroupBy(s => s.ProposalId).ToDictionary(g => g.Key, g => g.Sum(s => s.Points));
        var mean = inputs.Candidates.ToDictionary(c => c.ProposalId,
            c => c.CommitteePoints is { } points && c.Scorers > 0 ? new Rational(points, 4L * c.Scorers.Value) : Rational.Zero);
        var vote = inputs.Candidates.ToDictionary(c => c.ProposalId, c => (Rational)votes.GetValueOrDefault(c.ProposalId));
        var survey = inputs.Candidates.ToDictionary(c => c.ProposalId, c => (Rational)(c.SurveyCount ?? 0));
        var (topMean, topVote, topSurvey) = (Max(mean.Values), Max(vote.Values), Max(survey.Values));
        return inputs.Candidates
            .Select(c => (Candidate: c, Score: weights.CommitteeShare * Share(mean[c.ProposalId], topMean)
                                              + weights.VoteShare * Share(vote[c.ProposalId], topVote)
                                              + weights.SurveyShare * Share(survey[c.ProposalId], topSurvey)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Candidate.Rank ?? int.MaxValue)
            .ThenBy(x => x.Candidate.ProposalId.ToString("D"), StringComparer.Ordinal)
            .ToList();
    }

    public static ImmutableList<FundedProposal> Allocate(AllocationInputs inputs, IReadOnlyList<CountedBallot> ballots) =>
        Allocate(inputs, BallotProfiles.Of(ballots));

    public static ImmutableList<FundedProposal> Allocate(AllocationInputs inputs, BallotProfiles ballots) =>
        Walk(inputs, ballots, null).Select(i => new FundedProposal(inputs.Candidates[i].ProposalId, inputs.Candidates[i].Cost))
            .ToImmutableList();

    public static Explanation Explain(AllocationInputs inputs, IReadOnlyList<CountedBallot> ballots) =>
        Explain(inputs, BallotProfiles.Of(ballots));

    public static Explanation Explain(AllocationInputs inputs, BallotProfiles ballots)
    {
        var log = CycleExplanations.Log(inputs);
        return log.Build(AllocationRuleNames.Blend, Walk(inputs, ballots, log));
    }

    private static List<int> Walk(AllocationInputs inputs, BallotProfiles ballots, ExplanationLog? log)
    {
        var index = Enumerable.Range(0, inputs.Candidates.Count).ToDictionary(i => inputs.Candidates[i].ProposalId);
        var walk = log is null ? null : new GreedyWalk(log, "blended score", inputs.Envelope.Value, "blended score");
        var (remaining, funded) = (inputs.Envelope, new List<int>());
        foreach (var (candidate, score) in Order(inputs, ballots))
        {
            var i = index[candidate.ProposalId];
            if (score.Sign == 0) walk?.Unsupported(i, score);
            else if (candidate.Cost > remaining) walk?.Skip(i, score, remaining.Value);
            else
            {
                walk?.Fund(i, score, remaining.Value);
                funded.Add(i);
                remaining -= candidate.Cost;
            }
        }
        walk?.End(remaining.Value);
        return funded;
    }

    private static Rational Max(IEnumerable<Rational> values) => values.Aggregate(Rational.Zero, (a, b) => a >= b ? a : b);

    private static Rational Share(Rational value, Rational top) => top.Sign == 0 ? Rational.Zero : value / top;
}

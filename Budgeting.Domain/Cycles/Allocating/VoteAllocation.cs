using System.Collections.Immutable;
using Budgeting.Domain.Allocation;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>
/// The citizen-vote rules on a cycle: the envelope and the candidates' estimates as exact whole won, each counted
/// ballot as one voter (points on cumulative ballots). A selection of a proposal that is no longer a candidate
/// (withdrawn during the vote) is left out of the election; the digest still covers the ballot as cast.
/// </summary>
public static class VoteAllocation
{
    public static Election ElectionOf(AllocationInputs inputs, BallotKind kind, IReadOnlyList<CountedBallot> ballots)
    {
        var candidates = inputs.Candidates.Select(c => c.ProposalId).ToHashSet();
        var projects = inputs.Candidates.Select(c => new Project(c.ProposalId.ToString("D"), c.Cost.Value)).ToList();
        var voters = ballots.Select(b => b.Selections.Where(s => candidates.Contains(s.ProposalId)).ToList())
            .Select(s => new Ballot(s.Select(x => x.ProposalId.ToString("D")).ToList(),
                kind == BallotKind.Approval ? null : s.Select(x => (Rational)x.Points).ToList()))
            .ToList();
        return new Election(projects, inputs.Envelope.Value, voters, kind);
    }

    public static ImmutableList<FundedProposal> Allocate(string rule, RuleParameters parameters, AllocationInputs inputs,
        IReadOnlyList<CountedBallot> ballots)
    {
        var election = ElectionOf(inputs, inputs.Ballots?.Kind ?? BallotKind.Approval, ballots);
        var costs = inputs.Candidates.ToDictionary(c => c.ProposalId.ToString("D"), c => c);
        return AllocationRules.ByName(rule, parameters).Allocate(election).SelectionOrder
            .Select(id => new FundedProposal(costs[id].ProposalId, costs[id].Cost))
            .ToImmutableList();
    }
}

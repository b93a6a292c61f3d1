using System.Collections.Immutable;
using Budgeting.Domain.Rules;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>
/// The citizen-vote rules on a cycle: the envelope and the candidates' estimates as exact whole won, each counted
/// ballot as one voter (points on cumulative ballots). A selection of a proposal that is no longer a candidate
/// (withdrawn during the vote) is left out of the election; the digest still covers the ballot as cast.
/// </summary>
public static class VoteAllocation
{
    public static Election ElectionOf(AllocationInputs inputs, BallotKind kind, IReadOnlyList<CountedBallot> ballots) =>
        ElectionOf(inputs, kind, BallotProfiles.Of(ballots));

    /// <summary>The election with one ballot per profile, standing for as many voters as ballots carry it.</summary>
    public static Election ElectionOf(AllocationInputs inputs, BallotKind kind, BallotProfiles ballots)
    {
        var candidates = inputs.Candidates.Select(c => c.ProposalId).ToHashSet();
        var projects = inputs.Candidates.Select(c => new Project(c.ProposalId.ToString("D"), c.Cost.Value)).ToList();
        var voters = ballots.Profiles.Select(b => (Selections: b.Selections.Where(s => candidates.Contains(s.ProposalId)).ToList(), b.Ballots))
            .Select(b => new Ballot(b.Selections.Select(x => x.ProposalId.ToString("D")).ToList(),
                kind == BallotKind.Approval ? null : b.Selections.Select(x => (Rational)x.Points).ToList(), b.Ballots))
            .ToList();
        return new Election(projects, inputs.Envelope.Value, voters, kind);
    }

    public static ImmutableList<FundedProposal> Allocate(string rule, RuleParameters parameters, AllocationInputs inputs,
        IReadOnlyList<CountedBallot> ballots) => Allocate(rule, parameters, inputs, BallotProfiles.Of(ballots));

    public static ImmutableList<FundedProposal> Allocate(string rule, RuleParameters parameters, AllocationInputs inputs,
        BallotProfiles ballots)
    {
        var election = ElectionOf(inputs, inputs.Ballots?.Kind ?? BallotKind.Approval, ballots);
        var costs = inputs.Candidates.ToDictionary(c => c.ProposalId.ToString("D"), c => c);
        return AllocationRules.ByName(rule, parameters).Allocate(election).SelectionOrder
            .Select(id => new FundedProposal(costs[id].ProposalId, costs[id].Cost))
            .ToImmutableList();
    }
}

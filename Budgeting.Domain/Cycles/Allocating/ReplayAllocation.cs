using System.Collections.Immutable;
using Budgeting.Domain.Rules;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>What a recomputation found: whether it agrees with the decision, the funded list it gives, and what differs.</summary>
public sealed record ReplayOutcome(bool Matches, ImmutableList<FundedProposal> Funded, IReadOnlyList<string> Problems);

/// <summary>
/// The auditor's check of an allocation: from the inputs the decision recorded and the ballots found where it says
/// (the last event of every ballot stream of the cycle), recompute the funded list and compare, digests included.
/// </summary>
public static class ReplayAllocation
{
    public static ReplayOutcome Replay(AllocationDecided decision, IReadOnlyList<CountedBallot> ballots) =>
        Replay(decision, BallotProfiles.Of(ballots));

    /// <summary>The check on ballots merged as they were read: the same count and digest as the ballots one by one.</summary>
    public static ReplayOutcome Replay(AllocationDecided decision, BallotProfiles ballots)
    {
        var problems = new List<string>();
        if (decision.Inputs.Digest() != decision.InputsDigest)
            problems.Add($"the recorded inputs digest to {decision.Inputs.Digest()}, not {decision.InputsDigest}");
        if (decision.Inputs.Ballots is { } used)
        {
            if (ballots.Count != used.Count) problems.Add($"{ballots.Count} ballots given, {used.Count} counted");
            var digest = ballots.Digest;
            if (digest != used.Digest) problems.Add($"the ballots given digest to {digest}, not {used.Digest}");
        }
        var funded = CloseAllocation.Recompute(decision.Rule, decision.RuleParameters ?? RuleParameters.None,
            decision.Inputs, ballots);
        if (!funded.SequenceEqual(decision.Funded))
            problems.Add($"recomputed funding ({Describe(funded)}) differs from the decision ({Describe(decision.Funded)})");
        return new ReplayOutcome(problems.Count == 0, funded, problems);
    }

    private static string Describe(IEnumerable<FundedProposal> funded) =>
        string.Join(", ", funded.Select(f => $"{f.ProposalId:D}={f.Amount.Value}"));
}

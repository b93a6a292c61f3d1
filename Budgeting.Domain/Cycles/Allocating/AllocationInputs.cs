using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Budgeting.Domain.Common;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>
/// A proposal the allocation considered: its cost, its committee rank when it was ranked, and for the blend rule the
/// committee's points and number of scorers (mean = points ÷ (4 × scorers)) and the last survey count an officer
/// recorded for it.
/// </summary>
public sealed record Candidate(Guid ProposalId, Won Cost, int? Rank, int? CommitteePoints = null, int? Scorers = null, int? SurveyCount = null);

/// <summary>
/// Everything a rule used, recorded in the decision so anyone can recompute it; ballots by digest and place; the blend's
/// weights (absent from decisions made before they were a setting: those blended half and half).
/// </summary>
public sealed record AllocationInputs(Won Envelope, ImmutableList<Candidate> Candidates, BallotsUsed? Ballots = null, BlendWeights? Weights = null)
{
    /// <summary>
    /// SHA-256 over a canonical text of the inputs: one line per candidate, in the order given, then the ballots' line,
    /// then the weights' line. Survey counts and weights add to the text only where recorded, so earlier decisions'
    /// digests are unchanged.
    /// </summary>
    public string Digest()
    {
        var text = new StringBuilder($"envelope={Envelope.Value}\n");
        foreach (var c in Candidates)
        {
            text.Append($"{c.ProposalId:D};{c.Cost.Value};{c.Rank?.ToString() ?? "-"}");
            if (c.CommitteePoints is { } points) text.Append($";{points}/{c.Scorers}");
            text.Append(c.SurveyCount is { } survey ? $";survey={survey}\n" : "\n");
        }
        if (Ballots is { } b) text.Append($"ballots={b.Kind};{b.Count};{b.Digest};{b.FirstSequence}-{b.LastSequence}\n");
        if (Weights is { } w) text.Append($"weights={w.Committee};{w.Vote};{w.Survey}\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

public sealed record FundedProposal(Guid ProposalId, Won Amount);

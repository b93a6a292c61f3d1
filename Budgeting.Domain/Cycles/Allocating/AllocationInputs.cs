using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Budgeting.Domain.Common;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>
/// A proposal the allocation considered: its cost, its committee rank when it was ranked, and for the blend rule the
/// committee's points and number of scorers (mean = points ÷ (4 × scorers)).
/// </summary>
public sealed record Candidate(Guid ProposalId, Won Cost, int? Rank, int? CommitteePoints = null, int? Scorers = null);

/// <summary>Everything a rule used, recorded in the decision so anyone can recompute it; ballots by digest and place.</summary>
public sealed record AllocationInputs(Won Envelope, ImmutableList<Candidate> Candidates, BallotsUsed? Ballots = null)
{
    /// <summary>SHA-256 over a canonical text of the inputs (one line per candidate, in the order given, then the ballots' line).</summary>
    public string Digest()
    {
        var text = new StringBuilder($"envelope={Envelope.Value}\n");
        foreach (var c in Candidates)
        {
            text.Append($"{c.ProposalId:D};{c.Cost.Value};{c.Rank?.ToString() ?? "-"}");
            text.Append(c.CommitteePoints is { } points ? $";{points}/{c.Scorers}\n" : "\n");
        }
        if (Ballots is { } b) text.Append($"ballots={b.Kind};{b.Count};{b.Digest};{b.FirstSequence}-{b.LastSequence}\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

public sealed record FundedProposal(Guid ProposalId, Won Amount);

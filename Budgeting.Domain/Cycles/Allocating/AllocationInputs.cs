using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Budgeting.Domain.Common;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>A proposal the allocation considered: its cost, and its committee rank when it was ranked.</summary>
public sealed record Candidate(Guid ProposalId, Won Cost, int? Rank);

/// <summary>Everything a rule used, recorded in the decision so anyone can recompute it.</summary>
public sealed record AllocationInputs(Won Envelope, ImmutableList<Candidate> Candidates)
{
    /// <summary>SHA-256 over a canonical text of the inputs (one line per candidate, in the order given).</summary>
    public string Digest()
    {
        var text = new StringBuilder($"envelope={Envelope.Value}\n");
        foreach (var c in Candidates) text.Append($"{c.ProposalId:D};{c.Cost.Value};{c.Rank?.ToString() ?? "-"}\n");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

public sealed record FundedProposal(Guid ProposalId, Won Amount);

using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Budgeting.Domain.Rules;
using Budgeting.Domain.Cycles.Voting;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>The last ballot of one ballot stream, and where its stream's events sit in the global sequence.</summary>
public sealed record CountedBallot(Guid BallotId, ImmutableList<Selection> Selections, long FirstSequence = 0, long LastSequence = 0);

/// <summary>
/// The ballots a vote rule counted: their kind, how many, the SHA-256 of their canonical text, and the range of
/// global event sequence numbers holding their events (BallotCast / BallotReplaced with this cycle's id).
/// </summary>
public sealed record BallotsUsed(BallotKind Kind, int Count, string Digest, long? FirstSequence, long? LastSequence)
{
    public static BallotsUsed Of(BallotKind kind, IReadOnlyList<CountedBallot> ballots) => new(kind, ballots.Count,
        DigestOf(ballots), ballots.Count == 0 ? null : ballots.Min(b => b.FirstSequence),
        ballots.Count == 0 ? null : ballots.Max(b => b.LastSequence));

    /// <summary>The same record from ballots merged as they were read: identical for the same ballots.</summary>
    public static BallotsUsed Of(BallotKind kind, BallotProfiles ballots) =>
        new(kind, ballots.Count, ballots.Digest, ballots.FirstSequence, ballots.LastSequence);

    /// <summary>
    /// Canonical ballot text: one line per ballot, ballots by id (lower-case hex "D" form, ordinal), each
    /// <c>ballotId;proposalId=points,proposalId=points</c> with selections by proposal id (ordinal), lines ending in
    /// "\n", UTF-8; the digest is its SHA-256 in lower-case hex.
    /// </summary>
    public static string CanonicalText(IEnumerable<CountedBallot> ballots)
    {
        var text = new StringBuilder();
        foreach (var ballot in ballots.OrderBy(b => b.BallotId.ToString("D"), StringComparer.Ordinal))
            text.Append(ballot.BallotId.ToString("D")).Append(';').AppendJoin(',', ballot.Selections
                .OrderBy(s => s.ProposalId.ToString("D"), StringComparer.Ordinal)
                .Select(s => $"{s.ProposalId:D}={s.Points}")).Append('\n');
        return text.ToString();
    }

    public static string DigestOf(IEnumerable<CountedBallot> ballots) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(ballots))));
}

using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Budgeting.Domain.Cycles.Voting;

namespace Budgeting.Domain.Cycles.Allocating;

/// <summary>Identical ballots merged: the selections as cast (proposal and points, in ballot order) and how many ballots carry them.</summary>
public sealed record BallotProfile(ImmutableList<Selection> Selections, int Ballots);

/// <summary>
/// The counted ballots of a cycle as the rules need them, without holding the ballots: the identical ballot profiles
/// (in order of their first ballot by id), and what the decision records of the ballots — how many, the digest of
/// their canonical text (<see cref="BallotsUsed.CanonicalText"/>, hashed as it is read) and the range of sequences.
/// A million ballots of six proposals are at most a few dozen profiles.
/// </summary>
public sealed class BallotProfiles
{
    private BallotProfiles(ImmutableList<BallotProfile> profiles, int count, string digest, long? first, long? last) =>
        (Profiles, Count, Digest, FirstSequence, LastSequence) = (profiles, count, digest, first, last);

    public ImmutableList<BallotProfile> Profiles { get; }
    public int Count { get; }
    public string Digest { get; }
    public long? FirstSequence { get; }
    public long? LastSequence { get; }

    public static readonly BallotProfiles None = new Builder().Build();

    /// <summary>Ballots in any order (held in memory): sorted by id here, then merged as a stream would be.</summary>
    public static BallotProfiles Of(IEnumerable<CountedBallot> ballots)
    {
        var builder = new Builder();
        foreach (var ballot in ballots.OrderBy(b => b.BallotId.ToString("D"), StringComparer.Ordinal)) builder.Add(ballot);
        return builder.Build();
    }

    /// <summary>
    /// Merges ballots one at a time, in ballot-id order (lower-case "D" form, ordinal — the order of PostgreSQL's uuid
    /// comparison), hashing each ballot's canonical line as it comes; a ballot out of order is refused, since the
    /// digest would then differ from the canonical text's.
    /// </summary>
    public sealed class Builder
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<(ImmutableList<Selection> Selections, int Ballots)> _profiles = [];
        private readonly StringBuilder _line = new();
        private readonly StringBuilder _key = new();
        private string? _previous;
        private int _count;
        private long? _first, _last;

        public void Add(CountedBallot ballot) => Add(ballot.BallotId, ballot.Selections, ballot.FirstSequence, ballot.LastSequence);

        public void Add(Guid ballotId, IReadOnlyList<Selection> selections, long firstSequence, long lastSequence)
        {
            var id = ballotId.ToString("D");
            if (_previous is not null && string.CompareOrdinal(_previous, id) >= 0)
                throw new ArgumentException($"ballot {id} comes after {_previous}: ballots must come once each, in id order");
            _previous = id;
            _line.Clear().Append(id).Append(';');
            var sorted = selections.Count <= 1 ? selections : selections.OrderBy(s => s.ProposalId.ToString("D"), StringComparer.Ordinal).ToList();
            for (var i = 0; i < sorted.Count; i++)
                _line.Append(i == 0 ? "" : ",").Append(sorted[i].ProposalId.ToString("D")).Append('=').Append(sorted[i].Points);
            _hash.AppendData(Encoding.UTF8.GetBytes(_line.Append('\n').ToString()));
            _key.Clear();
            foreach (var s in selections) _key.Append(s.ProposalId.ToString("N")).Append('=').Append(s.Points).Append(',');
            var key = _key.ToString();
            if (_index.TryGetValue(key, out var at)) _profiles[at] = (_profiles[at].Selections, _profiles[at].Ballots + 1);
            else
            {
                _index.Add(key, _profiles.Count);
                _profiles.Add(([.. selections], 1));
            }
            _count = checked(_count + 1);
            _first = _first is { } f ? Math.Min(f, firstSequence) : firstSequence;
            _last = _last is { } l ? Math.Max(l, lastSequence) : lastSequence;
        }

        public BallotProfiles Build() =>
            new([.. _profiles.Select(p => new BallotProfile(p.Selections, p.Ballots))], _count,
                Convert.ToHexStringLower(_hash.GetCurrentHash()), _first, _last);
    }
}

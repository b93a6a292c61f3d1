using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
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
        private const int GuidText = 36;
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<(ImmutableList<Selection> Selections, int Ballots)> _profiles = [];
        private readonly byte[] _previous = new byte[GuidText];
        private byte[] _line = [], _proposals = [];
        private char[] _key = [];
        private int _count;
        private long? _first, _last;

        public Builder() => Room(8);

        public void Add(CountedBallot ballot) => Add(ballot.BallotId, ballot.Selections, ballot.FirstSequence, ballot.LastSequence);

        /// <summary>One ballot: its canonical line hashed, its selections (in ballot order) counted into their profile.</summary>
        public void Add(Guid ballotId, IReadOnlyList<Selection> selections, long firstSequence, long lastSequence)
        {
            if (_proposals.Length < selections.Count * GuidText) Room(selections.Count);
            Span<byte> id = stackalloc byte[GuidText];
            ballotId.TryFormat(id, out _, "D");
            if (_count > 0 && _previous.AsSpan().SequenceCompareTo(id) >= 0)
                throw new ArgumentException($"ballot {ballotId:D} comes after {Encoding.ASCII.GetString(_previous)}: ballots must come once each, in id order");
            id.CopyTo(_previous);
            _hash.AppendData(Line(id, selections));
            var key = Key(selections);
            var lookup = _index.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(key, out var at)) _profiles[at] = (_profiles[at].Selections, _profiles[at].Ballots + 1);
            else
            {
                lookup[key] = _profiles.Count;
                _profiles.Add(([.. selections], 1));
            }
            _count = checked(_count + 1);
            _first = _first is { } f ? Math.Min(f, firstSequence) : firstSequence;
            _last = _last is { } l ? Math.Max(l, lastSequence) : lastSequence;
        }

        /// <summary>"ballot id;proposal=points,…" with the proposals in the ordinal order of their text, and a line feed (UTF-8).</summary>
        private ReadOnlySpan<byte> Line(ReadOnlySpan<byte> id, IReadOnlyList<Selection> selections)
        {
            var n = selections.Count;
            Span<int> order = stackalloc int[n];
            for (var i = 0; i < n; i++)
            {
                selections[i].ProposalId.TryFormat(Proposal(i), out _, "D");
                var j = i;
                for (; j > 0 && Proposal(order[j - 1]).SequenceCompareTo(Proposal(i)) > 0; j--) order[j] = order[j - 1];
                order[j] = i;
            }
            var line = _line.AsSpan();
            id.CopyTo(line);
            line[GuidText] = (byte)';';
            var at = GuidText + 1;
            for (var k = 0; k < n; k++)
            {
                if (k > 0) line[at++] = (byte)',';
                Proposal(order[k]).CopyTo(line[at..]);
                at += GuidText;
                line[at++] = (byte)'=';
                selections[order[k]].Points.TryFormat(line[at..], out var written, default, CultureInfo.InvariantCulture);
                at += written;
            }
            line[at++] = (byte)'\n';
            return line[..at];
        }

        /// <summary>Buffers for ballots of up to <paramref name="selections"/> selections: a selection's text is ",", the
        /// proposal, "=" and at most 11 characters of points; its key is 8 characters of proposal and 2 of points.</summary>
        private void Room(int selections) =>
            (_proposals, _line, _key) = (new byte[selections * GuidText], new byte[GuidText + 2 + selections * (GuidText + 13)], new char[selections * 10]);

        private Span<byte> Proposal(int i) => _proposals.AsSpan(i * GuidText, GuidText);

        /// <summary>The selections in ballot order as characters: each proposal's 16 bytes and its points.</summary>
        private ReadOnlySpan<char> Key(IReadOnlyList<Selection> selections)
        {
            var key = _key.AsSpan();
            for (var i = 0; i < selections.Count; i++)
            {
                var (proposal, points) = (selections[i].ProposalId, selections[i].Points);
                MemoryMarshal.Cast<Guid, char>(new ReadOnlySpan<Guid>(in proposal)).CopyTo(key[(i * 10)..]);
                MemoryMarshal.Cast<int, char>(new ReadOnlySpan<int>(in points)).CopyTo(key[(i * 10 + 8)..]);
            }
            return key[..(selections.Count * 10)];
        }

        public BallotProfiles Build() =>
            new([.. _profiles.Select(p => new BallotProfile(p.Selections, p.Ballots))], _count,
                Convert.ToHexStringLower(_hash.GetCurrentHash()), _first, _last);
    }
}

using System.Numerics;

namespace Budgeting.Domain.Rules;

/// <summary>
/// An election compiled for one satisfaction: projects by index, and identical ballots merged into weighted voter
/// groups. Utilities are whole numbers: one per named project for cost and cardinality (a cost utility is recovered
/// by scaling), scaled points for points. Scaling every utility by one factor changes no rule's outcome.
/// </summary>
internal sealed class VoterProfile
{
    private VoterProfile(Election election, Satisfaction satisfaction)
    {
        Election = election;
        Satisfaction = satisfaction;
        Ids = election.Projects.Select(p => p.Id).ToArray();
        Costs = election.Projects.Select(p => p.Cost).ToArray();
        CostEstimates = Costs.Select(c => c.ToDouble()).ToArray();
        IdRank = RankIds(Ids);
        Voters = checked(election.Ballots.Sum(b => b.Voters));
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < Ids.Length; p++) index.TryAdd(Ids[p], p);
        var scale = satisfaction == Satisfaction.Points ? PointsScale(election) : BigInteger.One;
        var groups = new Dictionary<long[], int>(BallotComparer.Instance);
        var groupBallots = new List<(int[] Projects, long[] Utilities)>();
        var weights = new List<long>();
        foreach (var ballot in election.Ballots)
        {
            if (ballot.Voters < 0) throw new ArgumentException("a ballot cannot stand for a negative number of voters");
            var key = BallotKey(ballot, index, scale);
            if (!groups.TryGetValue(key, out var group))
            {
                group = groupBallots.Count;
                groups.Add(key, group);
                var (projects, utilities) = (new int[key.Length / 2], new long[key.Length / 2]);
                for (var i = 0; i < projects.Length; i++) (projects[i], utilities[i]) = ((int)key[2 * i], key[2 * i + 1]);
                groupBallots.Add((projects, utilities));
                weights.Add(0);
            }
            weights[group] += ballot.Voters;
        }
        Weights = weights.ToArray();
        GroupProjects = groupBallots.Select(g => g.Projects).ToArray();
        GroupUtilities = groupBallots.Select(g => g.Utilities).ToArray();
        (Supporters, SupporterUtilities, TotalUtility) = Invert();
        ByIdRank = Enumerable.Range(0, ProjectCount).OrderBy(p => IdRank[p]).ToArray();
        UnitUtilities = GroupUtilities.All(us => us.All(u => u == 1));
    }

    public Election Election { get; }
    public Satisfaction Satisfaction { get; }
    public string[] Ids { get; }
    public Rational[] Costs { get; }
    public double[] CostEstimates { get; }
    /// <summary>Position of each project's id in ordinal string order: the tie-breaker of every rule.</summary>
    public int[] IdRank { get; }
    public int Voters { get; }
    public long[] Weights { get; }
    public int[][] GroupProjects { get; }
    public long[][] GroupUtilities { get; }
    public int[][] Supporters { get; }
    public long[][] SupporterUtilities { get; }
    /// <summary>Σ weight × utility of the project's supporters, in the profile's utility unit.</summary>
    public long[] TotalUtility { get; }
    public int ProjectCount => Ids.Length;
    /// <summary>Projects in ordinal id order.</summary>
    public IReadOnlyList<int> ByIdRank { get; }
    /// <summary>Every supporter's utility is one: cost and cardinality satisfaction, or points that are all equal.</summary>
    public bool UnitUtilities { get; }

    public static VoterProfile Of(Election election, Satisfaction satisfaction) => new(election, satisfaction);

    public Rational TotalCost(IEnumerable<int> projects) => Rational.Sum(projects.Select(p => Costs[p]));

    /// <summary>The ballot as (project, utility) pairs by project index, duplicates merged, positive utilities only.</summary>
    private long[] BallotKey(Ballot ballot, Dictionary<string, int> index, BigInteger scale)
    {
        Span<long> pairs = stackalloc long[2 * ballot.ProjectIds.Count];
        var count = 0;
        for (var i = 0; i < ballot.ProjectIds.Count; i++)
        {
            if (!index.TryGetValue(ballot.ProjectIds[i], out var p))
                throw new ArgumentException($"a ballot names project '{ballot.ProjectIds[i]}', which the election does not have");
            var utility = Satisfaction == Satisfaction.Points ? (long)(ballot.PointsAt(i) * scale).Numerator : 1;
            var at = 0;
            while (at < count && pairs[2 * at] < p) at++;
            if (at < count && pairs[2 * at] == p)
            {
                if (Satisfaction == Satisfaction.Points) pairs[2 * at + 1] += utility;
                continue;
            }
            for (var j = count; j > at; j--) (pairs[2 * j], pairs[2 * j + 1]) = (pairs[2 * j - 2], pairs[2 * j - 1]);
            (pairs[2 * at], pairs[2 * at + 1]) = (p, utility);
            count++;
        }
        var positive = 0;
        for (var i = 0; i < count; i++)
            if (pairs[2 * i + 1] > 0) (pairs[2 * positive], pairs[2 * positive + 1], positive) = (pairs[2 * i], pairs[2 * i + 1], positive + 1);
        return pairs[..(2 * positive)].ToArray();
    }

    private sealed class BallotComparer : IEqualityComparer<long[]>
    {
        public static readonly BallotComparer Instance = new();
        public bool Equals(long[]? x, long[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(long[] key)
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(key.AsSpan()));
            return hash.ToHashCode();
        }
    }

    private static BigInteger PointsScale(Election election)
    {
        var scale = BigInteger.One;
        foreach (var point in election.Ballots.Where(b => b.Points is not null).SelectMany(b => b.Points!))
            if (!point.IsInteger) scale = scale / BigInteger.GreatestCommonDivisor(scale, point.Denominator) * point.Denominator;
        return scale;
    }

    private (int[][], long[][], long[]) Invert()
    {
        var counts = new int[ProjectCount];
        foreach (var projects in GroupProjects) foreach (var p in projects) counts[p]++;
        var groups = counts.Select(c => new int[c]).ToArray();
        var utilities = counts.Select(c => new long[c]).ToArray();
        var totals = new long[ProjectCount];
        Array.Clear(counts);
        for (var g = 0; g < Weights.Length; g++)
            for (var i = 0; i < GroupProjects[g].Length; i++)
            {
                var p = GroupProjects[g][i];
                (groups[p][counts[p]], utilities[p][counts[p]]) = (g, GroupUtilities[g][i]);
                counts[p]++;
                totals[p] = checked(totals[p] + Weights[g] * GroupUtilities[g][i]);
            }
        return (groups, utilities, totals);
    }

    private static int[] RankIds(string[] ids)
    {
        var order = Enumerable.Range(0, ids.Length).OrderBy(p => ids[p], StringComparer.Ordinal).ToArray();
        var rank = new int[ids.Length];
        for (var r = 0; r < order.Length; r++) rank[order[r]] = r;
        return rank;
    }
}

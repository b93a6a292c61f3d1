using System.Numerics;
using System.Text;

namespace Budgeting.Domain.Allocation;

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
        Voters = election.Ballots.Count;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < Ids.Length; p++) index.TryAdd(Ids[p], p);
        var scale = satisfaction == Satisfaction.Points ? PointsScale(election) : BigInteger.One;
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        var groupBallots = new List<(int[] Projects, long[] Utilities)>();
        var weights = new List<long>();
        var key = new StringBuilder();
        foreach (var ballot in election.Ballots)
        {
            var utilities = BallotUtilities(ballot, index, scale);
            var positive = utilities.Where(u => u.Value > 0).OrderBy(u => u.Key).ToArray();
            key.Clear();
            foreach (var (p, u) in positive) key.Append(p).Append(':').Append(u).Append(',');
            var text = key.ToString();
            if (!groups.TryGetValue(text, out var group))
            {
                group = groupBallots.Count;
                groups.Add(text, group);
                groupBallots.Add((positive.Select(u => u.Key).ToArray(), positive.Select(u => u.Value).ToArray()));
                weights.Add(0);
            }
            weights[group]++;
        }
        Weights = weights.ToArray();
        GroupProjects = groupBallots.Select(g => g.Projects).ToArray();
        GroupUtilities = groupBallots.Select(g => g.Utilities).ToArray();
        (Supporters, SupporterUtilities, TotalUtility) = Invert();
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

    public static VoterProfile Of(Election election, Satisfaction satisfaction) => new(election, satisfaction);

    public Rational TotalCost(IEnumerable<int> projects) => Rational.Sum(projects.Select(p => Costs[p]));

    private Dictionary<int, long> BallotUtilities(Ballot ballot, Dictionary<string, int> index, BigInteger scale)
    {
        var utilities = new Dictionary<int, long>();
        for (var i = 0; i < ballot.ProjectIds.Count; i++)
        {
            if (!index.TryGetValue(ballot.ProjectIds[i], out var p))
                throw new ArgumentException($"a ballot names project '{ballot.ProjectIds[i]}', which the election does not have");
            var utility = Satisfaction == Satisfaction.Points ? (long)(ballot.PointsAt(i) * scale).Numerator : 1;
            utilities[p] = utilities.GetValueOrDefault(p) + utility;
        }
        return utilities;
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
        var groups = Enumerable.Range(0, ProjectCount).Select(_ => new List<int>()).ToArray();
        var utilities = Enumerable.Range(0, ProjectCount).Select(_ => new List<long>()).ToArray();
        var totals = new long[ProjectCount];
        for (var g = 0; g < Weights.Length; g++)
            for (var i = 0; i < GroupProjects[g].Length; i++)
            {
                var p = GroupProjects[g][i];
                groups[p].Add(g);
                utilities[p].Add(GroupUtilities[g][i]);
                totals[p] = checked(totals[p] + Weights[g] * GroupUtilities[g][i]);
            }
        return (groups.Select(l => l.ToArray()).ToArray(), utilities.Select(l => l.ToArray()).ToArray(), totals);
    }

    private static int[] RankIds(string[] ids)
    {
        var order = Enumerable.Range(0, ids.Length).OrderBy(p => ids[p], StringComparer.Ordinal).ToArray();
        var rank = new int[ids.Length];
        for (var r = 0; r < order.Length; r++) rank[order[r]] = r;
        return rank;
    }
}

namespace Budgeting.Domain.Rules;

/// <summary>How voters expressed themselves; cost and cardinality satisfaction only look at which projects a ballot names.</summary>
public enum BallotKind { Approval, Cumulative, Scoring, Ordinal }

public sealed record Project(string Id, Rational Cost, string? Name = null);

/// <summary>
/// One voter's ballot: the projects it names in ballot order (rank order when ordinal), and points aligned with them when
/// the kind has points. <paramref name="Voters"/> identical ballots may be given as one (a ballot profile): every rule
/// counts it as that many voters, exactly as if the ballot were repeated.
/// </summary>
public sealed record Ballot(IReadOnlyList<string> ProjectIds, IReadOnlyList<Rational>? Points = null, int Voters = 1)
{
    public Rational PointsAt(int index) => Points is null ? Rational.One : Points[index];
}

/// <summary>What an allocation rule needs: the projects with their exact costs, the budget and the ballots.</summary>
public sealed record Election(IReadOnlyList<Project> Projects, Rational Budget, IReadOnlyList<Ballot> Ballots,
    BallotKind Kind = BallotKind.Approval)
{
    public Project ProjectById(string id) => Projects.First(p => p.Id == id);

    /// <summary>The number of voters: each ballot counts as many voters as it stands for.</summary>
    public int Voters => Ballots.Sum(b => b.Voters);
}

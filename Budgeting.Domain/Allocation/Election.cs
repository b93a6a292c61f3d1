namespace Budgeting.Domain.Allocation;

/// <summary>How voters expressed themselves; cost and cardinality satisfaction only look at which projects a ballot names.</summary>
public enum BallotKind { Approval, Cumulative, Scoring, Ordinal }

public sealed record Project(string Id, Rational Cost, string? Name = null);

/// <summary>One voter's ballot: the projects it names in ballot order (rank order when ordinal), and points aligned with them when the kind has points.</summary>
public sealed record Ballot(IReadOnlyList<string> ProjectIds, IReadOnlyList<Rational>? Points = null)
{
    public Rational PointsAt(int index) => Points is null ? Rational.One : Points[index];
}

/// <summary>What an allocation rule needs: the projects with their exact costs, the budget and the ballots.</summary>
public sealed record Election(IReadOnlyList<Project> Projects, Rational Budget, IReadOnlyList<Ballot> Ballots,
    BallotKind Kind = BallotKind.Approval)
{
    public Project ProjectById(string id) => Projects.First(p => p.Id == id);
}

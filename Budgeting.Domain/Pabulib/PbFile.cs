using Budgeting.Domain.Rules;

namespace Budgeting.Domain.Pabulib;

public sealed record PbProject(string Id, Rational Cost, IReadOnlyDictionary<string, string> Fields);

/// <summary>One VOTES line: the projects named (rank order for ordinal ballots), points aligned with them if given.</summary>
public sealed record PbVote(string VoterId, IReadOnlyList<string> Vote, IReadOnlyList<Rational>? Points,
    IReadOnlyDictionary<string, string> Fields);

/// <summary>A Pabulib .pb file: META key/values, PROJECTS and VOTES, each with its header line.</summary>
public sealed class PbFile
{
    public required IReadOnlyList<KeyValuePair<string, string>> Meta { get; init; }
    public required IReadOnlyList<PbProject> Projects { get; init; }
    public required IReadOnlyList<PbVote> Votes { get; init; }

    public string? MetaValue(string key) =>
        Meta.FirstOrDefault(m => string.Equals(m.Key, key, StringComparison.OrdinalIgnoreCase)).Value;

    public Rational Budget => Rational.TryParse(MetaValue("budget"), out var budget)
        ? budget
        : throw new FormatException("the META section has no exact budget");

    public BallotKind Kind => PbVoteTypes.Parse(MetaValue("vote_type"));

    /// <summary>The official winners, sorted by id (ordinal): projects whose <c>selected</c> is not 0; null without the column.</summary>
    public IReadOnlyList<string>? Selected => Projects.Any(p => p.Fields.ContainsKey("selected"))
        ? Projects.Where(p => p.Fields.GetValueOrDefault("selected")?.Trim() is { Length: > 0 } s && s != "0")
            .Select(p => p.Id).Order(StringComparer.Ordinal).ToList()
        : null;

    public static PbFile Load(string path) => Parse(File.ReadAllText(path, System.Text.Encoding.UTF8));

    public static PbFile Parse(string text) => PbParser.Parse(text);

    public Election ToElection()
    {
        var withPoints = Kind is BallotKind.Cumulative or BallotKind.Scoring;
        var projects = Projects.Select(p => new Project(p.Id, p.Cost, p.Fields.GetValueOrDefault("name"))).ToList();
        var ballots = Votes.Select(v => new Ballot(v.Vote, withPoints ? v.Points : null)).ToList();
        return new Election(projects, Budget, ballots, Kind);
    }
}

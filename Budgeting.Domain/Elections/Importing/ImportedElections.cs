using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;
using Budgeting.Domain.Pabulib;
using NodaTime;

namespace Budgeting.Domain.Elections.Importing;

/// <summary>From a parsed .pb file to the import's events, and from them back to a .pb file.</summary>
public static class ImportedElections
{
    public const string UnknownCurrency = "unknown";
    private static readonly string[] Named = ["name", "category", "district"];

    public static ElectionImported Describe(Guid id, string fileName, string sha256, PbFile file, Actor by, Instant now) => new(
        id, fileName, sha256, file.Meta.Select(m => new MetaEntry(m.Key, m.Value)).ToList(),
        Blank(file.MetaValue("currency")) ?? UnknownCurrency, file.Budget.ToString(), PbVoteTypes.Name(file.Kind),
        file.Projects.Select(Project).ToList(), file.Votes.Count, by, now);

    public static IEnumerable<BallotsImported> Ballots(Guid id, PbFile file, int perEvent) =>
        file.Votes.Chunk(perEvent).Select((chunk, i) => new BallotsImported(id, i * perEvent + 1,
            chunk.Select(v => new ImportedBallot(v.Vote, v.Points?.Select(p => p.ToString()).ToList())).ToList()));

    /// <summary>The election as a .pb file: its META and projects as imported, ballots numbered from 1 in file order.</summary>
    public static PbFile ToPbFile(IReadOnlyList<MetaEntry> meta, IEnumerable<ImportedProject> projects, IEnumerable<Ballot> ballots) => new()
    {
        Meta = meta.Select(m => KeyValuePair.Create(m.Key, m.Value)).ToList(),
        Projects = projects.Select(p => new PbProject(p.Id, Rational.Parse(p.Cost), Fields(p))).ToList(),
        Votes = ballots.Select((b, i) => new PbVote((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            b.ProjectIds, b.Points, new Dictionary<string, string>())).ToList(),
    };

    public static Ballot ToBallot(ImportedBallot ballot) =>
        new(ballot.Vote, ballot.Points?.Select(Rational.Parse).ToList());

    private static ImportedProject Project(PbProject p) => new(p.Id, p.Cost.ToString(),
        p.Fields.GetValueOrDefault("name"), p.Fields.GetValueOrDefault("category"), p.Fields.GetValueOrDefault("district"),
        p.Fields.Where(f => !Named.Contains(f.Key, StringComparer.OrdinalIgnoreCase)).Select(f => new MetaEntry(f.Key, f.Value)).ToList());

    private static Dictionary<string, string> Fields(ImportedProject p)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in new[] { ("name", p.Name), ("category", p.Category), ("district", p.District) })
            if (value is not null) fields[key] = value;
        foreach (var other in p.Other) fields[other.Key] = other.Value;
        return fields;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using Budgeting.Domain.Allocation;

namespace Budgeting.Domain.Pabulib;

internal static class PbParser
{
    private static readonly string[] Sections = ["meta", "projects", "votes"];

    public static PbFile Parse(string text)
    {
        var meta = new List<KeyValuePair<string, string>>();
        var projects = new List<PbProject>();
        var votes = new List<PbVote>();
        string? section = null;
        string[]? header = null;
        foreach (var record in PbRecords.Read(text))
        {
            if (IsSectionStart(record))
            {
                (section, header) = (record[0].Trim().ToLowerInvariant(), null);
                continue;
            }
            if (section is null) throw new FormatException("a .pb file starts with its META section");
            if (header is null) { header = record.Select(h => h.Trim()).ToArray(); continue; }
            switch (section)
            {
                case "meta": meta.Add(new(record[0].Trim(), record.Count > 1 ? record[1].Trim() : "")); break;
                case "projects": projects.Add(Project(header, record)); break;
                default: votes.Add(Vote(header, record)); break;
            }
        }
        return new PbFile { Meta = meta, Projects = projects, Votes = votes };
    }

    private static bool IsSectionStart(List<string> record) =>
        Sections.Contains(record[0].Trim().ToLowerInvariant()) && record.Skip(1).All(string.IsNullOrWhiteSpace);

    private static PbProject Project(string[] header, List<string> record)
    {
        var fields = Fields(header, record);
        var id = fields.GetValueOrDefault("project_id") ?? throw new FormatException("a project line has no project_id");
        var cost = Rational.TryParse(fields.GetValueOrDefault("cost"), out var exact)
            ? exact
            : throw new FormatException($"project {id} has no exact cost");
        fields.Remove("project_id");
        fields.Remove("cost");
        return new PbProject(id, cost, fields);
    }

    private static PbVote Vote(string[] header, List<string> record)
    {
        var fields = Fields(header, record);
        var voter = fields.GetValueOrDefault("voter_id") ?? "";
        var vote = List(fields.GetValueOrDefault("vote"));
        var points = fields.TryGetValue("points", out var text) ? List(text).Select(Rational.Parse).ToList() : null;
        if (points is not null && points.Count != vote.Count)
            throw new FormatException($"voter {voter} gives {points.Count} points for {vote.Count} projects");
        foreach (var key in (string[])["voter_id", "vote", "points"]) fields.Remove(key);
        return new PbVote(voter, vote, points, fields);
    }

    private static Dictionary<string, string> Fields(string[] header, List<string> record)
    {
        var fields = new Dictionary<string, string>(header.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Length && i < record.Count; i++) fields[header[i]] = record[i].Trim();
        return fields;
    }

    private static IReadOnlyList<string> List(string? field) =>
        string.IsNullOrWhiteSpace(field) || field.Trim().Equals("none", StringComparison.OrdinalIgnoreCase)
            ? []
            : field.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}

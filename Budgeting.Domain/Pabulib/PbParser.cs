using Budgeting.Domain.Rules;

namespace Budgeting.Domain.Pabulib;

internal static class PbParser
{
    private static readonly string[] Sections = ["meta", "projects", "votes"];

    public static PbFile Parse(string text)
    {
        var (meta, projects, votes) = (new List<KeyValuePair<string, string>>(), new List<PbProject>(), new List<PbVote>());
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var (section, header, line) = ((string?)null, (string[]?)null, 0);
        foreach (var (at, record) in PbRecords.Read(text))
        {
            line = at;
            if (IsSectionStart(record))
            {
                (section, header) = (record[0].Trim().ToLowerInvariant(), null);
                continue;
            }
            if (section is null) throw new PbFormatException(line, "start", "a .pb file starts with its META section");
            if (header is null) { header = record.Select(h => h.Trim()).ToArray(); continue; }
            try
            {
                switch (section)
                {
                    case "meta": meta.Add(new(record[0].Trim(), record.Count > 1 ? record[1].Trim() : "")); break;
                    case "projects": projects.Add(Project(header, record, ids)); break;
                    default: votes.Add(Vote(header, record, ids)); break;
                }
            }
            catch (FormatException e) when (e is not PbFormatException)
            {
                throw new PbFormatException(line, section.ToUpperInvariant(), e.Message);
            }
        }
        var file = new PbFile { Meta = meta, Projects = projects, Votes = votes };
        Check(file, line);
        return file;
    }

    private static void Check(PbFile file, int lastLine)
    {
        if (file.Meta.Count == 0) throw new PbFormatException(lastLine, "META", "the file has no META section");
        try { _ = (file.Budget, file.Kind); }
        catch (FormatException e) { throw new PbFormatException(lastLine, "META", e.Message); }
    }

    private static bool IsSectionStart(List<string> record) =>
        Sections.Contains(record[0].Trim().ToLowerInvariant()) && record.Skip(1).All(string.IsNullOrWhiteSpace);

    private static PbProject Project(string[] header, List<string> record, HashSet<string> ids)
    {
        var fields = Fields(header, record);
        var id = fields.GetValueOrDefault("project_id") ?? throw new FormatException("a project line has no project_id");
        if (!ids.Add(id)) throw new FormatException($"project {id} is listed twice");
        var cost = Rational.TryParse(fields.GetValueOrDefault("cost"), out var exact) && exact.Sign >= 0
            ? exact
            : throw new FormatException($"project {id} has no exact cost");
        fields.Remove("project_id");
        fields.Remove("cost");
        return new PbProject(id, cost, fields);
    }

    private static PbVote Vote(string[] header, List<string> record, HashSet<string> ids)
    {
        var fields = Fields(header, record);
        var voter = fields.GetValueOrDefault("voter_id") ?? "";
        var vote = List(fields.GetValueOrDefault("vote"));
        foreach (var project in vote)
            if (!ids.Contains(project)) throw new FormatException($"voter {voter} names project {project}, which PROJECTS does not list");
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

using System.Text;

namespace Budgeting.Domain.Pabulib;

/// <summary>Writes a .pb file as it is: every META line in order, every project column, the votes with their points.</summary>
public static class PbFileWriter
{
    public static string Write(PbFile file)
    {
        var text = new StringBuilder();
        void Line(IEnumerable<string> fields) => text.Append(PbRecords.Write(fields)).Append('\n');
        Line(["META"]);
        Line(["key", "value"]);
        foreach (var (key, value) in file.Meta) Line([key, value]);
        var columns = file.Projects.SelectMany(p => p.Fields.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Line(["PROJECTS"]);
        Line(["project_id", "cost", .. columns]);
        foreach (var p in file.Projects) Line([Id(p.Id), p.Cost.ToString(), .. columns.Select(c => p.Fields.GetValueOrDefault(c) ?? "")]);
        var withPoints = file.Votes.Any(v => v.Points is not null);
        var voteColumns = file.Votes.SelectMany(v => v.Fields.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        Line(["VOTES"]);
        Line(["voter_id", "vote", .. withPoints ? ["points"] : Array.Empty<string>(), .. voteColumns]);
        foreach (var v in file.Votes)
        {
            var points = withPoints ? [string.Join(',', (v.Points ?? []).Select(p => p.ToString()))] : Array.Empty<string>();
            Line([v.VoterId, string.Join(',', v.Vote), .. points, .. voteColumns.Select(c => v.Fields.GetValueOrDefault(c) ?? "")]);
        }
        return text.ToString();
    }

    private static string Id(string id) =>
        id.Contains(',') || id.Trim() != id || id.Length == 0
            ? throw new ArgumentException($"project id '{id}' cannot be written in a .pb vote list")
            : id;
}

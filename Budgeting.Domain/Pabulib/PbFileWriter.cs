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

    /// <summary>
    /// The same text as <see cref="Write"/> for a file whose votes have no extra columns, written as the votes come: META
    /// and PROJECTS first, then one VOTES line per vote, never the whole file (or all votes) in memory.
    /// </summary>
    public static async Task WriteAsync(TextWriter writer, IReadOnlyList<KeyValuePair<string, string>> meta, IReadOnlyList<PbProject> projects,
        bool withPoints, IAsyncEnumerable<PbVote> votes, CancellationToken token)
    {
        Task Line(IEnumerable<string> fields) => writer.WriteAsync((PbRecords.Write(fields) + "\n").AsMemory(), token);
        await Line(["META"]);
        await Line(["key", "value"]);
        foreach (var (key, value) in meta) await Line([key, value]);
        var columns = projects.SelectMany(p => p.Fields.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        await Line(["PROJECTS"]);
        await Line(["project_id", "cost", .. columns]);
        foreach (var p in projects) await Line([Id(p.Id), p.Cost.ToString(), .. columns.Select(c => p.Fields.GetValueOrDefault(c) ?? "")]);
        await Line(["VOTES"]);
        await Line(["voter_id", "vote", .. withPoints ? ["points"] : Array.Empty<string>()]);
        await foreach (var v in votes.WithCancellation(token))
            await Line(withPoints
                ? [v.VoterId, string.Join(',', v.Vote), string.Join(',', (v.Points ?? []).Select(p => p.ToString()))]
                : [v.VoterId, string.Join(',', v.Vote)]);
    }

    private static string Id(string id) =>
        id.Contains(',') || id.Trim() != id || id.Length == 0
            ? throw new ArgumentException($"project id '{id}' cannot be written in a .pb vote list")
            : id;
}

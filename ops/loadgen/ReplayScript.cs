using System.Text;
using System.Text.RegularExpressions;

namespace Loadgen;

/// <summary>
/// Turns PostgreSQL's statement log (log_statement=all, log_line_prefix='%m [%p] %x ') of one suggested proposal into a
/// pgbench script: every statement from the read of the cycle to the commit of its transaction (the proposer's
/// notification included), with its logged parameters inlined, and every id except the cycle's replaced by a fresh
/// uuid per transaction (one extra SELECT ... \gset at the top).
/// </summary>
public static partial class ReplayScript
{
    private static readonly string[] Background =
        ["wolverine_dead_letters", "pg_try_advisory", "status = 'Scheduled'", "wolverine_nodes", "mt_event_progression",
         "wolverine_node", "wolverine_control_queue", "mt_high_water", "wolverine_agent", "pg_stat", "alter system", "pg_reload_conf",
         "pg_advisory", "owner_id = 0 group by", "distinct destination"];

    public static int Run(Options o)
    {
        var cycle = o.Get("cycle");
        var statements = Parse(File.ReadAllLines(o.Get("log")));
        // The command's transaction is the one whose statements name the cycle; Marten reads the cycle and takes the
        // event's sequence number on other pooled connections before it, so the script starts at the last statement
        // naming the cycle before that transaction began (a background poll may name it earlier and commit nothing).
        var begin = Enumerable.Range(0, statements.Count).Where(i => statements[i].Sql.StartsWith("BEGIN"))
            .FirstOrDefault(i => Transaction(statements, i).Any(s => s.Sql.Contains(cycle)), -1);
        if (begin < 0) { Console.Error.WriteLine("replay-script: no committed command naming the cycle in the log"); return 1; }
        var end = Commit(statements, begin);
        var start = statements.FindLastIndex(begin, s => s.Sql.Contains(cycle)) is var read and >= 0 ? read : begin;
        var chosen = statements[start..(end + 1)].Where(s => !Background.Any(b => s.Sql.Contains(b, StringComparison.OrdinalIgnoreCase)))
            .Select(s => Sequence(s.Sql.Trim().TrimEnd(';'))).ToList();
        var ids = chosen.SelectMany(s => Uuid().Matches(s).Select(m => m.Value)).Distinct().Where(id => id != cycle).ToList();
        var script = new StringBuilder();
        script.AppendLine("SELECT " + string.Join(", ", ids.Select((_, i) => $"gen_random_uuid() AS u{i}")) + " \\gset");
        foreach (var sql in chosen)
            script.AppendLine(ids.Select((id, i) => (id, i)).Aggregate(sql, (text, x) => text.Replace(x.id, $":u{x.i}")));
        File.WriteAllText(o.Get("out"), script.ToString());
        Console.WriteLine($"statements={chosen.Count} transactions={chosen.Count(s => s.StartsWith("BEGIN"))} ids={ids.Count}");
        return 0;
    }

    /// <summary>The statements of the transaction begun at <paramref name="begin"/>: its connection's, up to its commit.</summary>
    private static IEnumerable<Statement> Transaction(List<Statement> statements, int begin) =>
        Commit(statements, begin) is var end and >= 0 ? statements[begin..(end + 1)].Where(s => s.Pid == statements[begin].Pid) : [];

    private static int Commit(List<Statement> statements, int begin) =>
        statements.FindIndex(begin, s => s.Pid == statements[begin].Pid && s.Sql.StartsWith("COMMIT"));

    private sealed record Statement(string Pid, string Sql);

    private static List<Statement> Parse(string[] lines)
    {
        var entries = new List<(string Pid, string Kind, StringBuilder Text)>();
        foreach (var line in lines)
        {
            var m = Line().Match(line);
            if (m.Success) entries.Add((m.Groups["pid"].Value, m.Groups["kind"].Value, new StringBuilder(m.Groups["text"].Value)));
            else if (entries.Count > 0) entries[^1].Text.Append('\n').Append(line.TrimStart('\t'));
        }
        var statements = new List<Statement>();
        for (var i = 0; i < entries.Count; i++)
        {
            var (pid, kind, text) = entries[i];
            if (kind != "LOG") continue;
            var sql = Sql().Match(text.ToString());
            if (!sql.Success) continue;
            var body = sql.Groups["sql"].Value;
            if (i + 1 < entries.Count && entries[i + 1] is { Kind: "DETAIL" } detail && detail.Pid == pid)
                body = Inline(body, detail.Text.ToString());
            statements.Add(new Statement(pid, body));
        }
        return statements;
    }

    private static string Inline(string sql, string detail)
    {
        var values = Parameter().Matches(detail).ToDictionary(m => m.Groups["n"].Value, m => m.Groups["v"].Value);
        var columns = Columns().Match(sql) is { Success: true } c ? c.Groups[1].Value.Split(',').Select(x => x.Trim()).ToList() : [];
        var sequence = (columns.IndexOf("seq_id") + 1).ToString();
        return Placeholder().Replace(sql, m => m.Groups[1].Value == sequence ? ":seq"
            : values.TryGetValue(m.Groups[1].Value, out var v) ? v : m.Value);
    }

    /// <summary>The event's global sequence number comes from the nextval Marten selects first: keep it fresh.</summary>
    private static string Sequence(string sql) =>
        sql.StartsWith("select nextval(") && sql.Contains("mt_events_sequence") ? sql.Replace(") from", ") AS seq from") + " \\gset" : sql + ";";

    [GeneratedRegex(@"^\S+ \S+ \S+ \[(?<pid>\d+)\] \S+ (?<kind>LOG|DETAIL):  (?<text>.*)$")] private static partial Regex Line();
    [GeneratedRegex(@"^(?:execute [^:]*|statement): (?<sql>.*)$", RegexOptions.Singleline)] private static partial Regex Sql();
    [GeneratedRegex(@"\$(?<n>\d+) = (?<v>NULL|'(?:[^']|'')*')", RegexOptions.Singleline)] private static partial Regex Parameter();
    [GeneratedRegex(@"\$(\d+)")] private static partial Regex Placeholder();
    [GeneratedRegex(@"^insert into \S+ \(([^)]*)\) values \(", RegexOptions.IgnoreCase)] private static partial Regex Columns();
    [GeneratedRegex(@"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")] private static partial Regex Uuid();
}

using System.Globalization;
using System.Text;
using Budgeting.Domain.Rules;

namespace Budgeting.Domain.Pabulib;

/// <summary>Writes an election as a .pb file that parses back to the same election.</summary>
public static class PbWriter
{
    /// <param name="extraMeta">More META lines (description, currency, …), written before the ones derived from the election.</param>
    public static string Write(Election election, IEnumerable<KeyValuePair<string, string>>? extraMeta = null)
    {
        var text = new StringBuilder();
        void Line(params string[] fields) => text.Append(PbRecords.Write(fields)).Append('\n');
        var withPoints = election.Kind is BallotKind.Cumulative or BallotKind.Scoring;
        Line("META");
        Line("key", "value");
        var derived = new Dictionary<string, string>
        {
            ["num_projects"] = election.Projects.Count.ToString(CultureInfo.InvariantCulture),
            ["num_votes"] = election.Voters.ToString(CultureInfo.InvariantCulture),
            ["budget"] = election.Budget.ToString(),
            ["vote_type"] = PbVoteTypes.Name(election.Kind),
        };
        foreach (var (key, value) in extraMeta ?? [])
            if (!derived.ContainsKey(key)) Line(key, value);
        foreach (var (key, value) in derived) Line(key, value);
        Line("PROJECTS");
        Line("project_id", "cost", "name");
        foreach (var project in election.Projects) Line(Id(project.Id), project.Cost.ToString(), project.Name ?? "");
        Line("VOTES");
        if (withPoints) Line("voter_id", "vote", "points");
        else Line("voter_id", "vote");
        var number = 0;
        foreach (var ballot in election.Ballots)
        {
            var vote = string.Join(',', ballot.ProjectIds);
            var points = withPoints ? string.Join(',', ballot.ProjectIds.Select((_, j) => ballot.PointsAt(j).ToString())) : null;
            for (var k = 0; k < ballot.Voters; k++)
            {
                var voter = (++number).ToString(CultureInfo.InvariantCulture);
                if (points is not null) Line(voter, vote, points);
                else Line(voter, vote);
            }
        }
        return text.ToString();
    }

    private static string Id(string id) =>
        id.Contains(',') || id.Trim() != id || id.Length == 0
            ? throw new ArgumentException($"project id '{id}' cannot be written in a .pb vote list")
            : id;
}

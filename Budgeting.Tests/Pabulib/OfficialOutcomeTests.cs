using Budgeting.Domain.Rules;
using Budgeting.Domain.Pabulib;

namespace Budgeting.Tests.Pabulib;

/// <summary>
/// The elections of the shared set as cities decided them: the rule each file names, with its META parameters,
/// funds exactly the projects its `selected` column marks.
/// </summary>
public class OfficialOutcomeTests
{
    private static PbFile File(string file) => PbFile.Load(Path.Combine(PabulibFolder.Path!, "data", file));

    private static IEnumerable<string> Files() => PabulibFolder.Path is { } folder
        ? Directory.GetFiles(Path.Combine(folder, "data"), "*.pb").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)
        : [];

    public static TheoryData<string> Decided()
    {
        var files = new TheoryData<string>();
        foreach (var file in Files().Where(f => File(f) is { Selected: not null } pb && pb.MetaValue("rule") is not (null or "unknown")))
            files.Add(file);
        return files;
    }

    [PabulibTheory]
    [MemberData(nameof(Decided))]
    public void The_rule_the_file_names_funds_its_official_winners(string file)
    {
        var pb = File(file);
        var official = OfficialRule.Of(pb, out var problem);
        Assert.True(official is not null, problem);

        var outcome = AllocationRules.ByName(official.Rule, official.Parameters).Allocate(pb.ToElection());

        Assert.Equal(pb.Selected, outcome.Selected);
    }

    [PabulibTheory]
    [MemberData(nameof(Decided))]
    public void Every_project_scores_what_the_file_s_score_or_votes_column_says(string file)
    {
        var pb = File(file);
        var column = pb.Projects.Any(p => p.Fields.ContainsKey("score")) ? "score" : "votes";
        var scores = ProjectScores.Of(pb.ToElection());

        Assert.Equal(pb.Projects.Select(p => Rational.Parse(p.Fields[column])), scores);
    }
}

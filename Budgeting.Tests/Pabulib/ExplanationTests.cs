using Budgeting.Domain.Rules;
using Budgeting.Domain.Rules.Explaining;
using Budgeting.Domain.Pabulib;

namespace Budgeting.Tests.Pabulib;

/// <summary>
/// Every rule explains every shared instance up to 500 KB (larger ones only cost time): the explanation's winners are
/// the reference's and the rule's own; its figures add up; every project has a reason with figures.
/// </summary>
public class ExplanationTests
{
    private const long LargestFile = 500_000;

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var (file, rule, _) in ReferenceOutcomes.All().Where(c => Small(c.File))) cases.Add(file, rule);
        return cases;
    }

    public static TheoryData<string> Decided()
    {
        var files = new TheoryData<string>();
        if (PabulibFolder.Path is not { } folder) return files;
        foreach (var path in Directory.GetFiles(Path.Combine(folder, "data"), "*.pb").Order(StringComparer.Ordinal))
            if (Small(Path.GetFileName(path)) && PbFile.Load(path) is { Selected: not null } pb && OfficialRule.Of(pb, out _) is not null)
                files.Add(Path.GetFileName(path));
        return files;
    }

    [PabulibTheory]
    [MemberData(nameof(Cases))]
    public void The_explanation_funds_the_reference_winners_and_its_figures_add_up(string file, string rule)
    {
        var election = ReferenceOutcomes.Election(file);

        var explanation = AllocationRules.ByName(rule).Explain(election);

        Assert.Equal(ReferenceOutcomes.For(file, rule).Selected, explanation.Selected);
        Assert.Equal(AllocationRules.ByName(rule).Allocate(election).SelectionOrder, explanation.SelectionOrder);
        AddsUp(election, explanation);
    }

    [PabulibTheory]
    [MemberData(nameof(Decided))]
    public void The_official_rule_s_explanation_funds_the_official_winners(string file)
    {
        var pb = PbFile.Load(Path.Combine(PabulibFolder.Path!, "data", file));
        var official = OfficialRule.Of(pb, out _)!;
        var election = pb.ToElection();

        var explanation = AllocationRules.ByName(official.Rule, official.Parameters).Explain(election);

        Assert.Equal(pb.Selected, explanation.Selected);
        AddsUp(election, explanation);
    }

    private static void AddsUp(Election election, Explanation explanation)
    {
        Assert.Equal(election.Projects.Select(p => p.Id), explanation.Projects.Select(p => p.ProjectId));
        var voterBudget = election.Ballots.Count == 0 ? Rational.Zero : election.Budget / election.Ballots.Count;
        var start = explanation.AddOne?.BudgetPerVoter ?? voterBudget;
        foreach (var project in explanation.Projects)
        {
            Assert.Matches(@"\d", project.Reason);
            Assert.Equal(explanation.Selected.Contains(project.ProjectId), project.Funded);
            if (project.Payments is not { } payments) continue;
            Assert.Equal(project.Cost, Rational.Sum(payments.Select(s => s.Each * s.Voters)));
            Assert.All(payments, s => Assert.True(s.Each <= start, $"{project.ProjectId}: a voter paid {s.Each} of {start}"));
        }
        Assert.All(explanation.Projects.Where(p => p.Verdict == Verdict.Unaffordable),
            p => Assert.True(p.SupportersMoney < p.Cost, $"{p.ProjectId}: its supporters hold {p.SupportersMoney} of {p.Cost}"));
        Assert.All(explanation.Rounds.Where(r => r.Picked is not null),
            r => Assert.Equal(r.LeftBefore - election.ProjectById(r.Picked!).Cost, r.LeftAfter));
    }

    private static bool Small(string file) =>
        new FileInfo(Path.Combine(PabulibFolder.Path!, "data", file)).Length <= LargestFile;
}

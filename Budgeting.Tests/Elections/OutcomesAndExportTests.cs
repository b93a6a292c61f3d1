using Budgeting.Api.Cli;
using Budgeting.Domain.Rules;
using Budgeting.Domain.Pabulib;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Elections;

public class OutcomesAndExportTests(AppFixture app) : ElectionApiContext(app)
{
    public static TheoryData<string> Rules() => new(AllocationRules.Names);

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task Every_rule_computes_on_the_imported_ballots_as_on_the_file(string rule)
    {
        var id = await Imported(ElectionFixtures.Krakow);
        var parameters = AllocationRules.TakesMinimumScore(rule) ? new RuleParameters(3) : RuleParameters.None;
        var expected = AllocationRules.ByName(rule, parameters).Allocate(ElectionFixtures.Parse(ElectionFixtures.Krakow));

        var outcome = await GetJson($"/api/elections/{id}/outcomes/{rule}" + (parameters.MinimumScore is { } m ? $"?minimumScore={m}" : ""));

        Assert.Equal(expected.SelectionOrder, Strings(outcome.GetProperty("selectionOrder")));
        Assert.Equal(expected.Selected, Strings(outcome.GetProperty("selected")));
        Assert.Equal(expected.TotalCost.ToString(), outcome.GetProperty("totalCost").GetString());
    }

    [Fact]
    public async Task The_official_outcome_is_the_rule_the_file_names_with_its_meta_threshold()
    {
        // Votes: L1 4, L2 and L3 3 each, 9 2, "10" 1. At least 3: L1, then L3 (the cheaper of the tie), then L2 no longer
        // fits (2,458,488.71 > 2,458,488.22).
        var file = ElectionFixtures.Krakow.Replace("currency;PLN", "currency;PLN\nrule;greedy-threshold\nmin_project_score_threshold;3");
        var id = await Imported(file);

        var outcome = await GetJson($"/api/elections/{id}/outcomes/official");

        Assert.Equal(("greedy_threshold", "greedy-threshold", 3), (outcome.GetProperty("rule").GetString(),
            outcome.GetProperty("official").GetString(), outcome.GetProperty("minimumScore").GetInt64()));
        Assert.Equal(["L1", "L3"], Strings(outcome.GetProperty("selectionOrder")));
        Assert.Equal(["L1"], Strings((await GetJson($"/api/elections/{id}/outcomes/official?minimumScore=4")).GetProperty("selected")));
    }

    [Fact]
    public async Task An_election_whose_file_names_no_rule_has_no_official_outcome()
    {
        var id = await Imported(ElectionFixtures.Krakow);

        var result = await Host.Scenario(s => { s.Get.Url($"/api/elections/{id}/outcomes/official"); s.StatusCodeShouldBe(409); });

        Assert.Equal("no-official-rule", Problem.Of(result).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task A_threshold_rule_without_a_threshold_names_the_missing_parameter()
    {
        var id = await Imported(ElectionFixtures.Krakow);

        var result = await Host.Scenario(s => { s.Get.Url($"/api/elections/{id}/outcomes/greedy_threshold"); s.StatusCodeShouldBe(400); });

        Problem.NamesField(result, "minimumScore", "rule-parameters");
    }

    [Theory]
    [InlineData(ElectionFixtures.Krakow)]
    [InlineData(ElectionFixtures.Points)]
    public async Task The_export_parses_back_to_the_same_election_and_outcomes(string text)
    {
        var id = await Imported(text);

        var exported = await GetText($"/api/elections/{id}/export.pb");

        ElectionFixtures.AssertIdentical(ElectionFixtures.Parse(text), ElectionFixtures.Parse(exported));
        ElectionFixtures.AssertSameOutcomes(ElectionFixtures.Parse(text), ElectionFixtures.Parse(exported));
        Assert.DoesNotContain("kowalski", exported);
        Assert.Equal(PbFile.Parse(text).Meta, PbFile.Parse(exported).Meta);
    }

    [Fact]
    public async Task The_cli_exports_an_imported_election()
    {
        var id = await Imported(ElectionFixtures.Krakow);
        var path = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.pb");

        Assert.True(await PabulibDatabase.Export(Host, id, path));

        ElectionFixtures.AssertIdentical(ElectionFixtures.Parse(ElectionFixtures.Krakow), ElectionFixtures.Parse(await File.ReadAllTextAsync(path)));
        Assert.False(await PabulibDatabase.Export(Host, Guid.NewGuid(), path));
    }
}

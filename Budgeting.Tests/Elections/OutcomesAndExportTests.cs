using Budgeting.Api.Cli;
using Budgeting.Domain.Allocation;
using Budgeting.Domain.Common;
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
        var expected = AllocationRules.ByName(rule).Allocate(ElectionFixtures.Parse(ElectionFixtures.Krakow));

        var outcome = await GetJson($"/api/elections/{id}/outcomes/{rule}");

        Assert.Equal(expected.SelectionOrder, Strings(outcome.GetProperty("selectionOrder")));
        Assert.Equal(expected.Selected, Strings(outcome.GetProperty("selected")));
        Assert.Equal(expected.TotalCost.ToString(), outcome.GetProperty("totalCost").GetString());
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

using Budgeting.Domain.Rules;

namespace Budgeting.Tests.Pabulib;

/// <summary>Every shared instance through every rule pabutools computed: the same projects, the same exact cost.</summary>
public class ReferenceOutcomeTests
{
    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var (file, rule, _) in ReferenceOutcomes.All()) cases.Add(file, rule);
        return cases;
    }

    [PabulibTheory]
    [MemberData(nameof(Cases))]
    public void Rule_selects_what_the_reference_selects(string file, string rule)
    {
        var expected = ReferenceOutcomes.For(file, rule);

        var outcome = AllocationRules.ByName(rule).Allocate(ReferenceOutcomes.Election(file));

        Assert.Equal(expected.Selected, outcome.Selected);
        Assert.Equal(expected.TotalCost, outcome.TotalCost.ToString());
    }
}

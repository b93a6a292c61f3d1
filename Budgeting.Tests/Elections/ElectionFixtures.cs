using Budgeting.Domain.Rules;
using Budgeting.Domain.Pabulib;

namespace Budgeting.Tests.Elections;

/// <summary>Hand-written .pb files with exact decimals, quoted names, categories and districts; and how to compare elections.</summary>
public static class ElectionFixtures
{
    public const string Krakow = """
        META
        key;value
        description;Nowa Huta (fixture)
        country;Poland
        budget;2458488.22
        vote_type;approval
        currency;PLN
        PROJECTS
        project_id;cost;name;category;district;votes
        L1;1200000.50;"Park ""Zielony""; etap 2";green;Nowa Huta;4
        L2;999999.99;Biblioteka;culture;Bieńczyce;3
        L3;258488.22;Ławki;public space;Nowa Huta;3
        10;999999999;Stadion;sport;;1
        9;0;Free concert;culture;;2
        VOTES
        voter_id;vote;age;sex
        jan.kowalski@example.com;L1,L2;34;M
        17;L1,L3,9;51;F
        18;L2,L3;;F
        19;L1,10;29;
        20;L1,L2,L3,9;70;M
        21;none;40;F
        """;

    public const string Points = """
        META
        key;value
        budget;100.5
        vote_type;cumulative
        PROJECTS
        project_id;cost
        a;60.25
        b;40.25
        c;50
        VOTES
        voter_id;vote;points
        1;a,b;7,3
        2;c,b;5,5
        3;c;10
        """;

    public static Election Parse(string text) => PbFile.Parse(text).ToElection();

    public static void AssertIdentical(Election expected, Election actual)
    {
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Budget, actual.Budget);
        Assert.Equal(expected.Projects, actual.Projects);
        Assert.Equal(expected.Ballots.Count, actual.Ballots.Count);
        for (var i = 0; i < expected.Ballots.Count; i++)
        {
            Assert.Equal(expected.Ballots[i].ProjectIds, actual.Ballots[i].ProjectIds);
            Assert.Equal(expected.Ballots[i].Points, actual.Ballots[i].Points);
        }
    }

    public static void AssertSameOutcomes(Election expected, Election actual, IEnumerable<string>? rules = null)
    {
        foreach (var rule in rules ?? AllocationRules.Names)
        {
            var parameters = AllocationRules.TakesMinimumScore(rule) ? new RuleParameters(2) : null;
            var (a, b) = (AllocationRules.ByName(rule, parameters).Allocate(expected), AllocationRules.ByName(rule, parameters).Allocate(actual));
            Assert.Equal(a.SelectionOrder, b.SelectionOrder);
            Assert.Equal(a.TotalCost, b.TotalCost);
        }
    }
}

using Budgeting.Domain.Rules;
using CsCheck;

namespace Budgeting.Tests.Rules;

/// <summary>Random small elections, full of ties and exact boundaries, against the definitions.</summary>
public class AllocationProperties
{
    private static readonly string[] Ids = ["1", "10", "2", "9", "B", "a"];

    /// <summary>Up to six projects with small costs (some free), up to eight voters, small points: ties everywhere.</summary>
    private static readonly Gen<Election> Elections = Gen.Int.Select(seed =>
    {
        var random = new Random(seed);
        var projects = Ids.Take(random.Next(1, Ids.Length + 1))
            .Select(id => new Project(id, random.Next(10) == 0 ? Rational.Zero : new Rational(random.Next(1, 13), random.Next(1, 3))))
            .ToList();
        var ballots = Enumerable.Range(0, random.Next(1, 9)).Select(_ =>
        {
            var named = projects.Where(_ => random.Next(2) == 0).Select(p => p.Id).ToList();
            return new Ballot(named, named.Select(_ => (Rational)random.Next(1, 4)).ToList());
        }).ToList();
        return new Election(projects, random.Next(1, 25), ballots, BallotKind.Cumulative);
    });

    [Fact]
    public void No_rule_spends_more_than_the_budget() =>
        Elections.Sample(election =>
        {
            foreach (var rule in AllocationRules.Names)
            {
                var parameters = AllocationRules.TakesMinimumScore(rule) ? new RuleParameters(2) : null;
                Assert.True(AllocationRules.ByName(rule, parameters).Allocate(election).TotalCost <= election.Budget, rule);
            }
        }, iter: 200);

    [Fact]
    public void Utilitarian_greedy_outcomes_leave_nothing_that_fits() =>
        Elections.Sample(election =>
        {
            foreach (var rule in AllocationRules.Names.Where(r => r is "greedy_cost" or "greedy_card" or "greedy_points" || r.EndsWith("greedy")))
                Assert.True(election.Allocate(rule).Exhaustive, rule);
        }, iter: 200);

    [Theory]
    [InlineData("mes_cost", Satisfaction.Cost)]
    [InlineData("mes_card", Satisfaction.Cardinality)]
    [InlineData("mes_points", Satisfaction.Points)]
    public void Equal_shares_selects_what_the_definition_selects(string rule, Satisfaction satisfaction) =>
        Elections.Sample(election =>
        {
            var expected = DefinitionOfEqualShares.Run(election, satisfaction, election.Budget / election.Ballots.Count);
            Assert.Equal(expected, election.Allocate(rule).SelectionOrder);
        }, iter: 300);

    [Theory]
    [InlineData("mes_cost_add1", Satisfaction.Cost)]
    [InlineData("mes_card_add1", Satisfaction.Cardinality)]
    public void Add_one_selects_what_the_definition_selects(string rule, Satisfaction satisfaction) =>
        Elections.Sample(election =>
            Assert.Equal(DefinitionOfEqualShares.AddOne(election, satisfaction), election.Allocate(rule).SelectionOrder),
            iter: 100);
}

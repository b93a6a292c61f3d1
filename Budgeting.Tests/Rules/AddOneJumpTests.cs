using Budgeting.Domain.Rules;
using Budgeting.Tests.Pabulib;
using CsCheck;

namespace Budgeting.Tests.Rules;

/// <summary>Add-one that jumps over raises against add-one that steps through every one: the same outcome, in order.</summary>
public class AddOneJumpTests
{
    /// <summary>
    /// Budgets in the thousands, so that add-one takes hundreds or thousands of raises and jumps have room; a few cost
    /// levels, twin projects and repeated ballots, so that ties sit everywhere (equal prices, equal costs, equal votes).
    /// </summary>
    private static readonly Gen<Election> Elections = Gen.Int.Select(seed =>
    {
        var random = new Random(seed);
        var costs = Enumerable.Range(0, random.Next(1, 4)).Select(_ => random.Next(1, 41) * 100).ToArray();
        var projects = Enumerable.Range(0, random.Next(2, 9))
            .Select(i => new Project(i.ToString(), costs[random.Next(costs.Length)])).ToList();
        var patterns = Enumerable.Range(0, random.Next(1, 5))
            .Select(_ => projects.Where(_ => random.Next(3) == 0).Select(p => p.Id).ToList()).ToList();
        var ballots = Enumerable.Range(0, random.Next(1, 13)).Select(_ => patterns[random.Next(patterns.Count)])
            .Select(named => new Ballot(named, named.Select(_ => (Rational)random.Next(1, 4)).ToList())).ToList();
        return new Election(projects, random.Next(10, 201) * 100, ballots, random.Next(2) == 0 ? BallotKind.Approval : BallotKind.Cumulative);
    });

    /// <summary>Each add-one completion, jumping and stepping.</summary>
    private static readonly (IAllocationRule Jumping, IAllocationRule Stepping)[] Completions =
    [
        Both(steps => new EqualSharesRule("mes_cost_add1", Satisfaction.Cost, Completion.AddOne) { Steps = steps }),
        Both(steps => new EqualSharesRule("mes_card_add1", Satisfaction.Cardinality, Completion.AddOne) { Steps = steps }),
        Both(steps => new EqualSharesRule("mes_points_add1", Satisfaction.Points, Completion.AddOne) { Steps = steps }),
        Both(steps => new EqualSharesNetRule("equalshares_add1", addOne: true, comparison: false) { Steps = steps }),
    ];

    [Fact]
    public void Jumping_selects_what_stepping_selects_in_the_same_order() =>
        Elections.Sample(election =>
        {
            foreach (var (jumping, stepping) in Completions)
                Assert.Equal(stepping.Allocate(election).SelectionOrder, jumping.Allocate(election).SelectionOrder);
        }, iter: 300);

    [Fact]
    public void Jumping_skips_raises_that_stepping_runs()
    {
        var (jumped, stepped) = (0L, 0L);
        Elections.Sample(election =>
        {
            if (election.Ballots.Count == 0) return;
            var profile = VoterProfile.Of(election, Satisfaction.Cost);
            var start = new AddOneStart(election.Budget / election.Ballots.Count, election.Budget / election.Ballots.Count);
            var (jumping, stepping) = (new AddOne(profile, PriceOrder.Of(profile), start, false), new AddOne(profile, PriceOrder.Of(profile), start, false));
            Assert.Equal(stepping.Step(), jumping.Jump());
            (jumped, stepped) = (jumped + jumping.Runs, stepped + stepping.Runs);
        }, iter: 100, threads: 1);
        Assert.True(jumped * 4 < stepped, $"{jumped} runs jumping, {stepped} stepping");
    }

    public static TheoryData<string> SharedFiles()
    {
        var files = new TheoryData<string>();
        foreach (var file in ReferenceOutcomes.All().Select(c => c.File).Distinct()) files.Add(file);
        return files;
    }

    /// <summary>Points only where ballots carry them: elsewhere mes_points is mes_card.</summary>
    [PabulibTheory]
    [MemberData(nameof(SharedFiles))]
    public void On_every_shared_instance_jumping_selects_what_stepping_selects(string file)
    {
        var election = ReferenceOutcomes.Election(file);
        foreach (var (jumping, stepping) in Completions.Where(c => election.Kind == BallotKind.Cumulative || c.Jumping.Name != "mes_points_add1"))
            Assert.Equal(stepping.Allocate(election).SelectionOrder, jumping.Allocate(election).SelectionOrder);
    }

    private static (IAllocationRule, IAllocationRule) Both(Func<bool, IAllocationRule> rule) => (rule(false), rule(true));
}

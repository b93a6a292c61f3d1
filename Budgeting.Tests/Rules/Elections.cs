using Budgeting.Domain.Rules;

namespace Budgeting.Tests.Rules;

/// <summary>Small elections written by hand, whose outcomes the tests derive step by step in their comments.</summary>
internal static class Elections
{
    public static Election Approval(string budget, string projects, params string[] ballots) => new(
        projects.Split(' ').Select(p => p.Split(':')).Select(p => new Project(p[0], Rational.Parse(p[1]))).ToList(),
        Rational.Parse(budget),
        ballots.Select(b => new Ballot(b.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList());

    /// <summary>Ballots as "x:3 y:1": project and points.</summary>
    public static Election Cumulative(string budget, string projects, params string[] ballots) =>
        Approval(budget, projects) with
        {
            Kind = BallotKind.Cumulative,
            Ballots = ballots.Select(b => b.Split(' ').Select(v => v.Split(':')).ToList())
                .Select(b => new Ballot(b.Select(v => v[0]).ToList(), b.Select(v => Rational.Parse(v[1])).ToList())).ToList(),
        };

    public static AllocationOutcome Allocate(this Election election, string rule) => AllocationRules.ByName(rule).Allocate(election);

    /// <summary>
    /// Budget 10, three voters. "z" is free and supported, "n" has no supporter, "big" is over budget, and "9" and
    /// "10" tie everywhere: "10" comes first because ids compare as ordinal strings.
    /// </summary>
    public static Election Ties => Approval("10", "9:4 10:4 z:0 n:1 big:11", "9 10 z big", "9 10 big", "big");

    /// <summary>Budget 10, two voters with 5 each; "a" (6) is shared, "b" (3) and "c" (3) are each one voter's.</summary>
    public static Election Overshoot => Approval("10", "a:6 b:3 c:3", "a b", "a c");

    /// <summary>Budget 12, two voters with 6 each: v1 gives x 3 points and y 1, v2 gives y 2.</summary>
    public static Election Points => Cumulative("12", "x:6 y:6", "x:3 y:1", "y:2");
}

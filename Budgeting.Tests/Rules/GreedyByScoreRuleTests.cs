using Budgeting.Domain.Rules;

namespace Budgeting.Tests.Rules;

public class GreedyByScoreRuleTests
{
    /// <summary>
    /// Budget 12 (or 16). Votes: a 3, b 2, c 2, d 1, z none; "x" has the most votes (4) but costs more than any budget.
    /// Order: x, a, then c before b (a tie: the cheaper first), d; z never (nobody voted for it).
    /// </summary>
    private static Election Votes(string budget = "12") =>
        Elections.Approval(budget, "a:6 b:5 c:4 d:1 z:1 x:20", "x a b c d", "x a b c", "x a", "x");

    private static AllocationOutcome Run(Election election, string rule, long? minimum = null) =>
        AllocationRules.ByName(rule, new RuleParameters(minimum)).Allocate(election);

    [Fact]
    public void Greedy_score_skips_what_does_not_fit_and_never_funds_a_project_nobody_voted_for()
    {
        // x does not fit; a (6 left), c (2 left), b does not fit, d (1 left); z would fit but has no vote.
        var outcome = Run(Votes(), "greedy_score");

        Assert.Equal(["a", "c", "d"], outcome.SelectionOrder);
        Assert.Equal("11", outcome.TotalCost.ToString());
    }

    [Fact]
    public void Greedy_no_skip_passes_over_a_project_dearer_than_the_whole_budget_and_stops_at_the_first_that_does_not_fit()
    {
        // x costs more than the whole budget (never fundable): passed over; a, c, then b (5) does not fit in 2: stop before d.
        Assert.Equal(["a", "c"], Run(Votes(), "greedy_no_skip").SelectionOrder);
    }

    [Fact]
    public void Greedy_threshold_funds_only_projects_with_at_least_the_minimum_score()
    {
        // Budget 16, at least 2 votes: a (10 left), c (6), b (1); d has 1 vote and fits, but is below the minimum.
        Assert.Equal(["a", "c", "b"], Run(Votes("16"), "greedy_threshold", minimum: 2).SelectionOrder);
        Assert.Equal(["a", "c", "b", "d"], Run(Votes("16"), "greedy_threshold", minimum: 1).SelectionOrder);
    }

    [Fact]
    public void Greedy_threshold_needs_its_minimum_and_the_others_take_none()
    {
        Assert.Contains("minimumScore", AllocationRules.ParameterProblem("greedy_threshold", RuleParameters.None));
        Assert.Contains("takes no minimumScore", AllocationRules.ParameterProblem("greedy_score", new RuleParameters(5)));
        Assert.Null(AllocationRules.ParameterProblem("greedy_no_skip", RuleParameters.None));
        Assert.Throws<ArgumentException>(() => AllocationRules.ByName("greedy_threshold"));
    }

    [Fact]
    public void Equal_score_and_cost_go_to_the_smaller_id_as_ordinal_strings()
    {
        // "10" and "9" both have one vote and cost 5: "10" < "9" as strings; only one fits.
        var election = Elections.Approval("5", "9:5 10:5", "9", "10");

        Assert.Equal(["10"], Run(election, "greedy_score").SelectionOrder);
    }

    [Fact]
    public void Ordinal_ballots_score_the_length_of_the_ballot_for_a_first_choice_down_to_one_for_the_last()
    {
        // "p q r": p 3, q 2, r 1; "r q": r 2, q 1. Scores p 3, q 3, r 3: all tied, the cheapest first: r, q, then p.
        var election = Elections.Approval("7", "p:4 q:3 r:2", "p q r", "r q") with { Kind = BallotKind.Ordinal };

        Assert.Equal(["r", "q"], Run(election, "greedy_score").SelectionOrder);
    }

    [Fact]
    public void Cumulative_ballots_score_their_points()
    {
        // x has 3 points from one voter, y 1 + 1 from two: x first, by points, though fewer voters named it.
        var election = Elections.Cumulative("6", "x:6 y:6", "x:3 y:1", "y:1");

        Assert.Equal(["x"], Run(election, "greedy_score").SelectionOrder);
    }
}

namespace Budgeting.Tests.Rules;

public class GreedyRuleTests
{
    [Fact]
    public void Greedy_cost_takes_most_supported_first_skipping_what_no_longer_fits()
    {
        // keys: z +∞ (free, supported), big 3, 10 and 9 2 (tie: "10" < "9"), n 0. big (11) never fits; n still does.
        var outcome = Elections.Ties.Allocate("greedy_cost");

        Assert.Equal(["z", "10", "9", "n"], outcome.SelectionOrder);
        Assert.Equal(["10", "9", "n", "z"], outcome.Selected);
        Assert.Equal("9", outcome.TotalCost.ToString());
        Assert.True(outcome.Exhaustive);
    }

    [Fact]
    public void Greedy_card_orders_by_supporters_per_unit_of_cost()
    {
        // keys: z +∞, 10 and 9 2/4, big 3/11, n 0.
        var outcome = Elections.Ties.Allocate("greedy_card");

        Assert.Equal(["z", "10", "9", "n"], outcome.SelectionOrder);
    }

    [Fact]
    public void Greedy_points_orders_by_points_per_unit_of_cost_ties_by_id()
    {
        // x 3/6, y 3/6: x first by id; both fit in 12.
        Assert.Equal(["x", "y"], Elections.Points.Allocate("greedy_points").SelectionOrder);
        // cardinality on cumulative ballots looks only at which projects are named: y 2/6, x 1/6.
        Assert.Equal(["y", "x"], Elections.Points.Allocate("greedy_card").SelectionOrder);
    }

    [Fact]
    public void Nothing_is_taken_when_nothing_fits()
    {
        var outcome = Elections.Approval("5", "a:6 b:7", "a b").Allocate("greedy_cost");

        Assert.Empty(outcome.Selected);
        Assert.Equal("0", outcome.TotalCost.ToString());
    }
}

namespace Budgeting.Tests.Rules;

public class EqualSharesRuleTests
{
    [Fact]
    public void Mes_funds_the_free_project_first_then_the_lowest_price_ties_by_id()
    {
        // 10/3 each. z is free. 9 and 10: two supporters pay 2 each (tie, "10" first); then 9 would need 4 from 4/3 + 4/3.
        // big needs 11 from three voters holding 10: never affordable. n has no supporter: never eligible.
        var outcome = Elections.Ties.Allocate("mes_card");

        Assert.Equal(["z", "10"], outcome.SelectionOrder);
        Assert.Equal("4", outcome.TotalCost.ToString());
        Assert.False(outcome.Exhaustive);
    }

    [Fact]
    public void Greedy_completion_continues_from_the_mes_outcome()
    {
        // from {z, 10}: 9 fits (8), big does not, n does (9).
        Assert.Equal(["z", "10", "9", "n"], Elections.Ties.Allocate("mes_card_greedy").SelectionOrder);
    }

    [Fact]
    public void Add_one_stops_when_no_eligible_project_fits_even_if_an_unsupported_one_does()
    {
        // 10/3: {z, 10} leaves 6 and 9 (4) fits. 13/3: 10 then 9 (each voter pays 2 twice), cost 8; big does not fit
        // in 2 and n is not eligible (no supporter): stop there. The greedy completion then adds n.
        Assert.Equal(["z", "10", "9"], Elections.Ties.Allocate("mes_card_add1").SelectionOrder);
        Assert.Equal(["z", "10", "9", "n"], Elections.Ties.Allocate("mes_card_add1_greedy").SelectionOrder);
    }

    [Fact]
    public void Add_one_returns_the_previous_outcome_when_the_next_costs_more_than_the_budget()
    {
        // 5 each: a, b and c all cost their supporters 3 each (a first by id); then 2 each is too little: {a}, and b
        // still fits. 6 each: a, then b and c from the 3 left each: 12 > 10, so {a} stands. Greedy then adds b (3).
        var outcome = Elections.Overshoot.Allocate("mes_card_add1");

        Assert.Equal(["a"], outcome.SelectionOrder);
        Assert.Equal("6", outcome.TotalCost.ToString());
        Assert.Equal(["a", "b"], Elections.Overshoot.Allocate("mes_card_add1_greedy").SelectionOrder);
    }

    [Fact]
    public void Mes_cost_ranks_by_price_per_unit_of_cost()
    {
        // 5 each: a costs its two supporters 3 each, ρ = 3/6; b and c cost their one supporter 3, ρ = 1. a first.
        Assert.Equal(["a"], Elections.Overshoot.Allocate("mes_cost").SelectionOrder);
        Assert.Equal(["a"], Elections.Overshoot.Allocate("mes_cost_add1").SelectionOrder);
        Assert.Equal(["a", "b"], Elections.Overshoot.Allocate("mes_cost_add1_greedy").SelectionOrder);
    }

    [Fact]
    public void Mes_points_splits_by_points_down_to_the_last_unit_of_budget()
    {
        // 6 each. x: v1 alone, 3 points, ρ = 2 (pays all 6). y: ρ·1 + ρ·2 = 6, ρ = 2. Tie: x first. Then y: v1 has
        // nothing left, v2 pays 2ρ = 6 with ρ = 3, exactly its budget.
        var outcome = Elections.Points.Allocate("mes_points");

        Assert.Equal(["x", "y"], outcome.SelectionOrder);
        Assert.Equal("12", outcome.TotalCost.ToString());
    }

    [Fact]
    public void Mes_card_on_cumulative_ballots_counts_named_projects_only()
    {
        // y: two supporters pay 3 each (ρ 3) before x (one supporter, ρ 6); x then needs 6 from v1's 3.
        Assert.Equal(["y"], Elections.Points.Allocate("mes_card").SelectionOrder);
    }

    [Fact]
    public void An_election_without_ballots_funds_nothing_by_mes()
    {
        var election = Elections.Approval("10", "a:1");

        Assert.Empty(election.Allocate("mes_cost_add1").Selected);
        Assert.Equal(["a"], election.Allocate("mes_cost_add1_greedy").Selected);
    }
}

namespace Budgeting.Tests.Rules;

/// <summary>Equal Shares as equalshares.net runs it, where it differs from the reference's mes_cost.</summary>
public class EqualSharesNetRuleTests
{
    [Fact]
    public void A_tie_goes_to_the_cheaper_project_not_to_the_smaller_id()
    {
        // 6 each. a (4) and b (3) each cost their one supporter, v1, everything: effective vote count 1 for both.
        // By id (mes_cost) a, after which v1's 2 cannot pay b; by cost (equalshares) b, after which 3 cannot pay a.
        var election = Elections.Approval("12", "a:4 b:3", "a b", "");

        Assert.Equal(["a"], election.Allocate("mes_cost").SelectionOrder);
        Assert.Equal(["b"], election.Allocate("equalshares").SelectionOrder);
    }

    [Fact]
    public void Add1_raises_from_the_whole_units_of_the_share()
    {
        // 10/3 each: nothing is affordable (y needs 8 from two voters, u 4.2 from one). equalshares.net raises to 4:
        // y (4 + 4), u not yet; 8 spent and nothing fits in 2: done. The reference raises to 13/3, where y and u are
        // both bought (12.2 > 10), and keeps the empty outcome before it.
        var election = Elections.Approval("10", "y:8 u:4.2", "y", "y", "u");

        Assert.Equal(["y"], election.Allocate("equalshares_add1").SelectionOrder);
        Assert.Empty(election.Allocate("mes_cost_add1").SelectionOrder);
    }

    [Fact]
    public void Add1_stops_once_every_supported_project_is_funded_even_if_an_unsupported_one_still_fits()
    {
        // x is bought at once; z fits in what is left but nobody supports it: no raise can change the outcome.
        var election = Elections.Approval("10", "x:9 z:1", "x", "x", "x");

        Assert.Equal(["x"], election.Allocate("equalshares_add1").SelectionOrder);
    }

    [Fact]
    public void The_comparison_step_takes_greedy_when_more_voters_prefer_it()
    {
        // 2 each. big (6) needs 3 from each of its two supporters: not affordable; s (2) is v3's alone. Greedy by
        // votes funds big. v1 and v2 prefer greedy's outcome, v3 Equal Shares': greedy wins 2 to 1.
        var election = Elections.Approval("6", "big:6 s:2", "big", "big", "s");

        Assert.Equal(["s"], election.Allocate("equalshares").SelectionOrder);
        Assert.Equal(["big"], election.Allocate("equalshares_comparison").SelectionOrder);
    }

    [Fact]
    public void The_comparison_step_keeps_equal_shares_on_a_tie_of_preferences()
    {
        // As above with a fourth voter for s: two prefer each outcome, Equal Shares' stays.
        var election = Elections.Approval("8", "big:8 s:2", "big", "big", "s", "s");

        Assert.Equal(["s"], election.Allocate("equalshares_comparison").SelectionOrder);
    }
}

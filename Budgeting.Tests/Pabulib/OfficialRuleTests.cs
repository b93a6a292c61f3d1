using Budgeting.Domain.Rules;
using Budgeting.Domain.Pabulib;

namespace Budgeting.Tests.Pabulib;

/// <summary>The rule a file names (META rule), as the engine's rule with its parameters from META.</summary>
public class OfficialRuleTests
{
    private static PbFile File(string rule, string more = "") => PbFile.Parse($"""
        META
        key;value
        budget;100
        rule;{rule}
        {more}
        PROJECTS
        project_id;cost;selected
        a;60;1
        b;50;0
        c;40;
        VOTES
        voter_id;vote
        1;a,b
        """);

    [Theory]
    [InlineData("greedy", "greedy_score")]
    [InlineData("greedy-no-skip", "greedy_no_skip")]
    [InlineData("equalshares", "equalshares")]
    [InlineData("equalshares-comparison", "equalshares_comparison")]
    [InlineData("equalshares/add1", "equalshares_add1")]
    [InlineData("equalshares/add1-comparison", "equalshares_add1_comparison")]
    public void Each_meta_value_names_its_rule(string meta, string rule)
    {
        var official = OfficialRule.Of(File(meta), out var problem);

        Assert.Null(problem);
        Assert.Equal((meta, rule, RuleParameters.None), (official!.MetaValue, official.Rule, official.Parameters));
    }

    [Fact]
    public void The_threshold_comes_from_meta()
    {
        var official = OfficialRule.Of(File("greedy-threshold", "min_project_score_threshold;3000"), out _);

        Assert.Equal(("greedy_threshold", 3000L), (official!.Rule, official.Parameters.MinimumScore));
        Assert.Equal(50L, OfficialRule.Of(File("greedy-no-skip", "min_project_score_threshold;50"), out _)!.Parameters.MinimumScore);
        Assert.Null(OfficialRule.Of(File("greedy", "min_project_score_threshold;50"), out _)!.Parameters.MinimumScore);
    }

    [Theory]
    [InlineData("greedy-threshold", "", "min_project_score_threshold")]
    [InlineData("greedy-threshold", "min_project_score_threshold;1.5", "not a whole number")]
    [InlineData("unknown", "", "rule: unknown")]
    [InlineData("greedy-custom", "", "comments")]
    [InlineData("greedy-exclusive", "", "comments")]
    [InlineData("borda", "", "not one the engine knows")]
    public void A_file_whose_rule_the_engine_cannot_run_says_why(string meta, string more, string why)
    {
        Assert.Null(OfficialRule.Of(File(meta, more), out var problem));
        Assert.Contains(why, problem);
    }

    [Fact]
    public void The_official_winners_are_the_projects_selected_not_zero()
    {
        Assert.Equal(["a"], File("greedy").Selected);
        Assert.Null(PbFile.Parse("META\nkey;value\nbudget;1\nPROJECTS\nproject_id;cost\na;1\nVOTES\nvoter_id;vote\n").Selected);
    }

    [Fact]
    public void An_exported_rule_is_written_with_its_meta_value_and_threshold()
    {
        Assert.Equal([new("rule", "greedy-threshold"), new("min_project_score_threshold", "150")],
            OfficialRule.MetaOf("greedy_threshold", new RuleParameters(150)));
        Assert.Equal([new KeyValuePair<string, string>("rule", "mes_cost_add1")], OfficialRule.MetaOf("mes_cost_add1", RuleParameters.None));
    }
}

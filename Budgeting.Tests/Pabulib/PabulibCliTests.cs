using System.Text.Json;
using Budgeting.Api.Cli;

namespace Budgeting.Tests.Pabulib;

/// <summary>`pabulib allocate` and `pabulib compare`: JSON on the last line, or one line on stderr and a failed exit.</summary>
public sealed class PabulibCliTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pabulib-cli-").FullName;
    private readonly StringWriter _output = new(), _errors = new();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Budget 10; votes a 3, b 2, c 1; b does not fit after a. The city funded a and c (greedy, skipping).</summary>
    private string File(string rule, string more = "")
    {
        var path = Path.Combine(_folder, "city.pb");
        System.IO.File.WriteAllText(path, $"""
            META
            key;value
            budget;10
            rule;{rule}
            {more}
            PROJECTS
            project_id;cost;selected
            a;6;1
            b;5;0
            c;4;1
            VOTES
            voter_id;vote
            1;a,b,c
            2;a,b
            3;a
            """);
        return path;
    }

    private PabulibRules Cli => new(_output, _errors);

    private JsonElement LastLine() => JsonDocument.Parse(_output.ToString().TrimEnd().Split('\n')[^1]).RootElement;

    [Fact]
    public void Allocate_official_runs_the_rule_the_file_names_with_its_parameters()
    {
        Assert.True(Cli.Allocate(File("greedy-threshold", "min_project_score_threshold;2"), "official", "", 1));

        var json = LastLine();
        Assert.Equal("greedy_threshold", json.GetProperty("rule").GetString());
        Assert.Equal("greedy-threshold", json.GetProperty("official").GetString());
        Assert.Equal(2, json.GetProperty("minimumScore").GetInt64());
        Assert.Equal(["a"], json.GetProperty("selected").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public void A_file_without_a_rule_the_engine_runs_is_one_line_and_a_failed_exit()
    {
        Assert.False(Cli.Allocate(File("unknown"), "official", "", 1));

        Assert.Equal("", _output.ToString());
        Assert.Equal("pabulib: city.pb: the file does not know which rule chose its winners (rule: unknown)",
            _errors.ToString().Trim().Split('\n')[^1]);
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_one_line_naming_the_line()
    {
        var path = Path.Combine(_folder, "broken.pb");
        System.IO.File.WriteAllText(path, "project_id;cost\na;1\n");

        Assert.False(Cli.Allocate(path, "greedy_score", "", 1));

        Assert.Single(_errors.ToString().Trim().Split('\n'));
        Assert.StartsWith("pabulib: broken.pb: line 1", _errors.ToString());
    }

    [Fact]
    public void Compare_says_which_rules_fund_the_official_winners()
    {
        Assert.True(Cli.Compare(File("greedy")));

        Assert.Contains(_output.ToString().Split('\n'), l => l.StartsWith("greedy_score") && l.Contains("reproduces") && l.Contains("the file's rule"));
        Assert.Contains(_output.ToString().Split('\n'), l => l.StartsWith("greedy_no_skip") && l.Contains("leaves out c"));
        var json = LastLine();
        Assert.True(json.GetProperty("officialReproduces").GetBoolean());
        Assert.Contains("greedy_score", json.GetProperty("reproducing").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public void An_add_one_rule_past_its_work_bound_is_one_line_saying_what_to_do()
    {
        var path = Path.Combine(_folder, "tied.pb");
        System.IO.File.WriteAllText(path, Rules.TiedUnderConstraint.PbText());

        Assert.False(Cli.Allocate(path, "official", "", 1));

        Assert.Equal("", _output.ToString());
        var line = Assert.Single(_errors.ToString().Trim().Split('\n').Where(l => !l.Contains("parsed")));
        Assert.Matches("^pabulib: Equal Shares with add-one did not settle within [0-9,]+ runs; choose a rule without add-one", line);
    }
}

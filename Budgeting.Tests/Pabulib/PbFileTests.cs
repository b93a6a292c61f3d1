using Budgeting.Domain.Rules;
using Budgeting.Domain.Pabulib;
using Budgeting.Tests.Rules;

namespace Budgeting.Tests.Pabulib;

public class PbFileTests
{
    private const string Cumulative = "\uFEFF" + """
        meta
        key;value
        description;"Quoted; with a semicolon"
        budget;400000.0
        vote_type;cumulative
        Projects
        project_id;cost;name;category;selected
        L18/06/XI;2458488.22;"Park ""Zielony""; phase 2";green;1
        10;1500;"Two
        lines";;0
        9;0;Free;;0
        VOTES
        voter_id;vote;points;sex
        1;L18/06/XI,10;7,3;F
        2;none;none;M
        3;9;10;
        """;

    private const string Ordinal = """
        META
        key;value
        budget;100
        vote_type;ordinal
        PROJECTS
        project_id;cost
        a;60
        b;50
        VOTES
        voter_id;vote
        1;b,a
        """;

    [Fact]
    public void Reads_quoted_fields_bom_sections_in_any_case_and_exact_decimals()
    {
        var file = PbFile.Parse(Cumulative);

        Assert.Equal("Quoted; with a semicolon", file.MetaValue("description"));
        Assert.Equal(Rational.Parse("400000"), file.Budget);
        Assert.Equal(BallotKind.Cumulative, file.Kind);
        Assert.Equal(["L18/06/XI", "10", "9"], file.Projects.Select(p => p.Id));
        Assert.Equal("2458488.22", file.Projects[0].Cost.ToString());
        Assert.Equal("Park \"Zielony\"; phase 2", file.Projects[0].Fields["name"]);
        Assert.Equal("green", file.Projects[0].Fields["category"]);
        Assert.Equal("Two\nlines", file.Projects[1].Fields["name"].ReplaceLineEndings("\n"));
        Assert.Equal("0", file.Projects[2].Cost.ToString());
    }

    [Fact]
    public void Reads_votes_with_points_none_and_voter_metadata()
    {
        var votes = PbFile.Parse(Cumulative).Votes;

        Assert.Equal(["L18/06/XI", "10"], votes[0].Vote);
        Assert.Equal([Rational.Parse("7"), Rational.Parse("3")], votes[0].Points!);
        Assert.Equal("F", votes[0].Fields["sex"]);
        Assert.Empty(votes[1].Vote);
        Assert.Empty(votes[1].Points!);
        Assert.Equal(3, votes.Count);
    }

    [Fact]
    public void Ordinal_ballots_keep_rank_order_and_carry_no_points()
    {
        var election = PbFile.Parse(Ordinal).ToElection();

        Assert.Equal(BallotKind.Ordinal, election.Kind);
        Assert.Equal(["b", "a"], election.Ballots[0].ProjectIds);
        Assert.Null(election.Ballots[0].Points);
        Assert.Equal(["b"], election.Allocate("greedy_card").Selected);
    }

    [Theory]
    [InlineData("approval", BallotKind.Approval)]
    [InlineData("choose-1", BallotKind.Approval)]
    [InlineData("Scoring", BallotKind.Scoring)]
    public void Knows_the_vote_types(string voteType, BallotKind kind) => Assert.Equal(kind, PbVoteTypes.Parse(voteType));

    [Fact]
    public void Written_elections_parse_back_identically()
    {
        var election = PbFile.Parse(Cumulative).ToElection();

        var again = PbFile.Parse(PbWriter.Write(election, [new("description", "round trip")])).ToElection();

        Assert.Equal(election.Budget, again.Budget);
        Assert.Equal(election.Kind, again.Kind);
        Assert.Equal(election.Projects, again.Projects);
        Assert.Equal(election.Ballots.Select(b => b.ProjectIds), again.Ballots.Select(b => b.ProjectIds));
        Assert.Equal(election.Ballots.Select(b => b.Points), again.Ballots.Select(b => b.Points));
    }

    [Fact]
    public void Refuses_a_ballot_whose_points_do_not_match_its_projects() =>
        Assert.ThrowsAny<FormatException>(() => PbFile.Parse(Cumulative.Replace("1;L18/06/XI,10;7,3;F", "1;L18/06/XI,10;7;F")));
}

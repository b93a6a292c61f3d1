using System.Text;
using Budgeting.Domain.Common;
using Budgeting.Domain.Elections.Importing;
using Budgeting.Domain.Pabulib;
using NodaTime;

namespace Budgeting.Tests.Elections;

public class ImportDecisionTests
{
    private static readonly Actor Admin = new("admin-7", Role.Admin);
    private static readonly Instant Now = Instant.FromUtc(2026, 5, 1, 9, 0);

    private static ImportElection Command(string text, string name = "krakow.pb") => new(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void An_import_records_the_file_with_exact_amounts_by_whom_and_when()
    {
        var decision = ImportElection.Decide(Command(ElectionFixtures.Krakow), Admin, Now);

        var imported = Assert.IsType<ElectionImported>(decision.Events[0]);
        Assert.Equal((Admin, Now), (imported.By, imported.At));
        Assert.Equal(("krakow.pb", "PLN", "2458488.22", "approval", 6), (imported.FileName, imported.Currency, imported.Budget, imported.VoteType, imported.Voters));
        Assert.Equal(["1200000.5", "999999.99", "258488.22", "999999999", "0"], imported.Projects.Select(p => p.Cost));
        Assert.Equal("Park \"Zielony\"; etap 2", imported.Projects[0].Name);
        Assert.Equal(("green", "Nowa Huta"), (imported.Projects[0].Category, imported.Projects[0].District));
        Assert.Equal("", imported.Projects[3].District);
        Assert.Equal([new MetaEntry("votes", "4")], imported.Projects[0].Other);
        Assert.Equal(Command(ElectionFixtures.Krakow).Sha256, imported.Sha256);
    }

    [Fact]
    public void Ballots_are_numbered_in_file_order_without_the_files_voter_ids_or_voter_columns()
    {
        var decision = ImportElection.Decide(Command(ElectionFixtures.Krakow), Admin, Now);

        var chunk = Assert.IsType<BallotsImported>(Assert.Single(decision.Events.Skip(1)));
        Assert.Equal(1, chunk.First);
        Assert.Equal(["L1", "L2"], chunk.Ballots[0].Vote);
        Assert.Empty(chunk.Ballots[5].Vote);
        var stored = System.Text.Json.JsonSerializer.Serialize(decision.Events, Budgeting.Api.Infrastructure.Json.Options);
        Assert.DoesNotContain("kowalski", stored);
        Assert.DoesNotContain("\"age\"", stored);
    }

    [Fact]
    public void Many_ballots_are_cut_into_chunks()
    {
        var votes = string.Join('\n', Enumerable.Range(1, 4_500).Select(i => $"{i};a"));
        var text = $"META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\na;5\nVOTES\nvoter_id;vote\n{votes}\n";

        var chunks = ImportElection.Decide(Command(text), Admin, Now).Events.OfType<BallotsImported>().ToList();

        Assert.Equal([(1, 2000), (2001, 2000), (4001, 500)], chunks.Select(c => (c.First, c.Ballots.Count)));
    }

    [Fact]
    public void The_currency_is_unknown_when_the_file_does_not_say() =>
        Assert.Equal("unknown", Assert.IsType<ElectionImported>(ImportElection.Decide(Command(ElectionFixtures.Points), Admin, Now).Events[0]).Currency);

    [Theory]
    [InlineData("L2;999999.99;Biblioteka", "L2;lots;Biblioteka", "line 11 (PROJECTS)")]
    [InlineData("18;L2,L3;;F", "18;L2,L7;;F", "line 19 (VOTES)")]
    [InlineData("budget;2458488.22", "budget;some", "META")]
    public void A_bad_file_is_refused_naming_the_line_and_section(string line, string broken, string where)
    {
        var rejection = ImportElection.Decide(Command(ElectionFixtures.Krakow.Replace(line, broken)), Admin, Now).Rejection!;

        Assert.Equal((RejectionKind.Invalid, "content", "pb-format"), (rejection.Kind, rejection.Field, rejection.Rule));
        Assert.Contains(where, rejection.Message);
    }

    [Fact]
    public void Only_an_administrator_imports() =>
        Assert.Equal(RejectionKind.Forbidden, ImportElection.Decide(Command(ElectionFixtures.Krakow), new Actor("c-1", Role.Citizen), Now).Rejection!.Kind);

    [Fact]
    public void The_same_bytes_get_the_same_election_id()
    {
        Assert.Equal(Command(ElectionFixtures.Krakow, "a.pb").ElectionId, Command(ElectionFixtures.Krakow, "b.pb").ElectionId);
        Assert.NotEqual(Command(ElectionFixtures.Krakow).ElectionId, Command(ElectionFixtures.Points).ElectionId);
    }

    [Fact]
    public void Parse_errors_carry_line_and_section()
    {
        var error = Assert.Throws<PbFormatException>(() => PbFile.Parse(ElectionFixtures.Points.Replace("2;c,b;5,5", "2;c,b;5")));
        Assert.Equal((13, "VOTES"), (error.Line, error.Section));
    }
}

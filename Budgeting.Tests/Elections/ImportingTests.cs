using Budgeting.Api.Cli;
using Budgeting.Domain.Common;
using Budgeting.Domain.Elections.Importing;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Elections;

public class ImportingTests(AppFixture app) : ElectionApiContext(app)
{
    [Fact]
    public async Task An_administrator_imports_a_file_and_anyone_reads_it_with_exact_amounts()
    {
        var created = await Upload(ElectionFixtures.Krakow, Role.Admin, 201);
        var id = Body(created).GetProperty("id").GetGuid();
        Assert.Equal($"/api/elections/{id}", created.Context.Response.Headers.Location.ToString());

        var election = await GetJson($"/api/elections/{id}");
        Assert.True(election.GetProperty("imported").GetBoolean());
        Assert.Equal(("Nowa Huta (fixture)", "PLN", "2458488.22", 6),
            (election.GetProperty("name").GetString(), election.GetProperty("currency").GetString(),
             election.GetProperty("budget").GetString(), election.GetProperty("voters").GetInt32()));
        var park = election.GetProperty("projects")[0];
        Assert.Equal(("L1", "1200000.5", "Park \"Zielony\"; etap 2", "green", "Nowa Huta"),
            (park.GetProperty("id").GetString(), park.GetProperty("cost").GetString(), park.GetProperty("name").GetString(),
             park.GetProperty("category").GetString(), park.GetProperty("district").GetString()));
        Assert.Equal(id, (await GetJson("/api/elections"))[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task The_history_records_the_administrator_and_the_instant()
    {
        var id = await Imported(ElectionFixtures.Krakow);

        await using var session = App.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(id);
        var imported = Assert.IsType<ElectionImported>(events[0].Data);
        Assert.Equal((new Actor("admin-1", Role.Admin), AppFixture.Start), (imported.By, imported.At));
        Assert.Equal(6, events.Skip(1).Select(e => e.Data).OfType<BallotsImported>().Sum(b => b.Ballots.Count));
    }

    [Fact]
    public async Task Json_uploads_carry_the_file_name()
    {
        var created = await Post("/api/elections/imports", new { fileName = "points.pb", content = ElectionFixtures.Points }, Role.Admin, 201);
        var election = await GetJson($"/api/elections/{Body(created).GetProperty("id").GetGuid()}");
        Assert.Equal(("points.pb", "unknown", "100.5"), (election.GetProperty("fileName").GetString(),
            election.GetProperty("currency").GetString(), election.GetProperty("budget").GetString()));
    }

    [Fact]
    public async Task The_same_file_twice_is_refused_with_the_existing_id()
    {
        var id = await Imported(ElectionFixtures.Krakow);

        var again = await Upload(ElectionFixtures.Krakow, Role.Admin, 409, "renamed.pb");

        var problem = Problem.Of(again);
        Assert.Equal(("already-imported", id), (problem.GetProperty("rule").GetString(), problem.GetProperty("existingId").GetGuid()));
        Assert.Equal(1, (await GetJson("/api/elections")).GetArrayLength());
    }

    [Fact]
    public async Task The_cli_imports_through_the_same_command()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cli-{Guid.NewGuid():N}.pb");
        await File.WriteAllTextAsync(path, ElectionFixtures.Points);

        Assert.True(await PabulibDatabase.Import(Host, path, "admin-cli"));
        Assert.False(await PabulibDatabase.Import(Host, path, "admin-cli"));

        var election = (await GetJson("/api/elections"))[0];
        Assert.Equal((Path.GetFileName(path), "admin-cli"), (election.GetProperty("fileName").GetString(), election.GetProperty("importedBy").GetString()));
    }
}

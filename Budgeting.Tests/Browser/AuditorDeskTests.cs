using System.Globalization;
using System.Text.Json;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;

namespace Budgeting.Tests.Browser;

/// <summary>
/// A citizen auditor at the desk, in English: takes a proposal back to before its admission; verifies the chain, then
/// finds the sequence a dishonest superuser altered with triggers off; replays an Equal Shares allocation; reads why each
/// unfunded proposal was not funded, with the figures the explanation API gives.
/// </summary>
public class AuditorDeskTests(BrowserFixture web) : BrowserContext(web)
{
    private const string Language = "en-US";

    private static readonly (string Title, long Cost)[] Candidates =
        [("Shade sails in Mangwon park", 120_000_000), ("Night opening of small libraries", 100_000_000),
         ("Bicycle racks at Mangwon market", 150_000_000), ("Public wifi on the riverside", 90_000_000)];

    [Fact]
    public async Task an_auditor_travels_in_time_verifies_the_chain_finds_a_forgery_and_reads_why_equal_shares_funded_what_it_did()
    {
        var (cycle, proposals) = await EqualSharesYear();
        var page = await SignedIn(Role.Auditor, "auditor-1", "/audit/verify", Language);

        var shade = proposals[0];
        var history = (await Web.Api.Get($"/api/proposals/{shade}/history")).GetProperty("events").EnumerateArray().ToList();
        var admission = history.FindIndex(e => e.GetProperty("type").GetString() == "ProposalAdmitted");
        var beforeAdmission = history[admission - 1];
        await page.GotoAsync($"{Base}/proposals/{shade}?asOf={Uri.EscapeDataString(beforeAdmission.GetProperty("recordedAt").GetString()!)}");
        await Expect(page.Locator(".notice-warn").First).ToContainTextAsync("As recorded at");
        await Expect(page.Locator(".status-tag").First).ToHaveTextAsync("In deliberation");
        await page.GotoAsync($"{Base}/proposals/{shade}");
        await Expect(page.Locator(".status-tag").First).Not.ToHaveTextAsync("In deliberation");

        await page.GotoAsync($"{Base}/audit/verify");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Intact");

        await page.GotoAsync($"{Base}/cycles/{cycle}/allocation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Replay" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Match");
        await ReasonsAgreeWithTheApi(page, cycle, proposals);
        await Screenshots($"/cycles/{cycle}/allocation");

        var admitted = await Sequence(shade, history[admission].GetProperty("version").GetInt32());
        await Sql($"update {{s}}.mt_events set data = data || '{{\"forged\": true}}' where seq_id = {admitted}");
        try
        {
            await page.GotoAsync($"{Base}/audit/verify");
            await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync($"The chain breaks at sequence {admitted} ");
        }
        finally
        {
            await Sql($"update {{s}}.mt_events set data = data - 'forged' where seq_id = {admitted}");
        }
        await page.GotoAsync($"{Base}/audit/verify");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Intact");
    }

    /// <summary>Every unfunded proposal's reason on the page names the API's figures, written as won in English.</summary>
    private async Task ReasonsAgreeWithTheApi(IPage page, Guid cycle, Guid[] proposals)
    {
        var explanation = await Web.Api.Get($"/api/cycles/{cycle}/allocation/explanation");
        Assert.Equal("mes_card", explanation.GetProperty("rule").GetString());
        var unfunded = explanation.GetProperty("projects").EnumerateArray().Where(p => !p.GetProperty("funded").GetBoolean()).ToList();
        Assert.Equal(3, unfunded.Count);
        foreach (var project in unfunded)
        {
            var title = Candidates[Array.IndexOf(proposals, project.GetProperty("proposalId").GetGuid())].Title;
            var reason = page.Locator("tr", new() { Has = page.Locator($"th[scope=row]:text-is(\"{title}\")") }).Locator("td.reason").First;
            await Expect(reason).ToHaveAttributeAsync("data-reason-code", project.GetProperty("reasonCode").GetString()!);
            Assert.Equal("sharesUnaffordable", project.GetProperty("reasonCode").GetString());
            var text = await reason.InnerTextAsync();
            Assert.Contains($"round {project.GetProperty("unaffordableFromRound").GetInt32()}:", text);
            Assert.Contains($"had {Won(project, "supportersMoney")} left", text);
            Assert.Contains($"against its cost {Won(project, "cost")}", text);
            foreach (var taker in project.GetProperty("takenBy").EnumerateArray())
                Assert.Contains($"{Candidates[Array.IndexOf(proposals, taker.GetProperty("proposalId").GetGuid())].Title} ({Won(taker, "amount")})", text);
        }
    }

    /// <summary>With BUDGETING_SCREENSHOTS set to a folder: the page in both languages at 360 and 1280 px, for a reviewer's eyes.</summary>
    private async Task Screenshots(string path)
    {
        if (Environment.GetEnvironmentVariable("BUDGETING_SCREENSHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        foreach (var language in new[] { "ko-KR", Language })
        foreach (var width in new[] { 360, 1280 })
        {
            var page = await SignedIn(Role.Auditor, "auditor-1", path, language, width);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"allocation-{language}-{width}.png"), FullPage = true });
        }
    }

    private static string Won(JsonElement figures, string name) =>
        "₩" + long.Parse(figures.GetProperty(name).GetString()!, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>
    /// Equal Shares (mes_card) on 300,000,000 won and six voters with 50,000,000 each: the bicycle racks take five voters'
    /// 30,000,000 each in round 1; the others' supporters cannot afford them after it.
    /// </summary>
    private Task<(Guid Cycle, Guid[] Proposals)> EqualSharesYear() =>
        Web.Api.AllocatedByEqualShares("Mapo-gu participatory budget 2027", Candidates, [[0, 2], [0, 2], [0, 2], [1, 2], [1, 2], [3]]);

    private async Task<long> Sequence(Guid stream, int version)
    {
        await using var connection = await Connection();
        await using var command = new NpgsqlCommand($"select seq_id from {Schema}.mt_events where stream_id = @s and version = @v", connection);
        command.Parameters.AddWithValue("s", stream);
        command.Parameters.AddWithValue("v", (long)version);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>SQL as a dishonest superuser runs it: with the engine's triggers off.</summary>
    private async Task Sql(string sql)
    {
        await using var connection = await Connection();
        await using var command = new NpgsqlCommand("set session_replication_role = replica; " + sql.Replace("{s}", Schema), connection);
        await command.ExecuteNonQueryAsync();
    }

    private string Schema => Web.Services.GetRequiredService<EngineSettings>().SchemaName;

    private async Task<NpgsqlConnection> Connection()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Web.Services.GetRequiredService<EngineSettings>().ConnectionString)
        {
            Options = null, Pooling = false,
        }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}

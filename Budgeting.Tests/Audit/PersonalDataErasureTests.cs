using System.Text.Json;
using Budgeting.Domain.Common;
using Budgeting.Tests.Proposals.Api;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Audit;

public class PersonalDataErasureTests(AppFixture app) : ProposalContext(app)
{
    private const string Name = "김민지", Contact = "010-1234-5678";

    [Fact]
    public async Task erasing_the_proposers_name_and_contact_leaves_the_chain_and_the_history_as_they_were()
    {
        var id = await Suggest(await OpenCycle());
        await Officer(id, "deliberation", new { });
        await Command(id, "revisions", new
        {
            title = "어린이놀이터 그늘막 및 벤치 설치", description = "여름철 놀이터에 그늘막과 보호자 벤치를 설치합니다.",
            category = "safety", costGuess = 35_000_000,
        }, Role.Citizen, 200, Citizen);
        Assert.Equal(1, await RowsMentioning("mt_doc_proposercontact", Name));
        Assert.Equal(1, await RowsMentioning("mt_doc_proposercontact", Contact));
        var chainBefore = await Auditor("/api/audit/verify");
        var historyBefore = await GetJson($"/api/proposals/{id}/history");

        await Host.Scenario(s =>
        {
            s.Delete.Url($"/api/proposals/{id}/personal-data");
            s.WithRequestHeader("Authorization", Bearer(Role.Citizen, Citizen));
            s.StatusCodeShouldBe(204);
        });

        var chainAfter = await Auditor("/api/audit/verify");
        Assert.True(chainAfter.GetProperty("intact").GetBoolean());
        Assert.Equal(4, chainAfter.GetProperty("eventsChecked").GetInt64());
        Assert.Equal(chainBefore.GetProperty("digest").GetString(), chainAfter.GetProperty("digest").GetString());
        Assert.Equal(historyBefore.GetRawText(), (await GetJson($"/api/proposals/{id}/history")).GetRawText());
        Assert.Equal("suggested", (await GetJson($"/api/proposals/{id}?version=1")).GetProperty("status").GetString());
        foreach (var personal in new[] { Name, Contact })
        {
            Assert.Equal(0, await RowsMentioning("mt_events", personal));
            Assert.Empty(await TablesMentioning(personal));
        }
        Assert.DoesNotContain(Name, await ExportText());
    }

    /// <summary>Rows of a table whose whole stored row, as JSON text, contains the text.</summary>
    private async Task<long> RowsMentioning(string table, string text)
    {
        await using var session = App.Store.QuerySession();
        var schema = App.Store.Options.DatabaseSchemaName;
        return (await session.AdvancedSql.QueryAsync<long>($"select count(*) from {schema}.{table} t where to_jsonb(t)::text like ?",
            CancellationToken.None, $"%{text}%"))[0];
    }

    private async Task<List<string>> TablesMentioning(string text)
    {
        await using var session = App.Store.QuerySession();
        var tables = await session.AdvancedSql.QueryAsync<string>(
            "select table_name::text from information_schema.tables where table_schema = ? and table_type = 'BASE TABLE'",
            CancellationToken.None, App.Store.Options.DatabaseSchemaName);
        var mentioning = new List<string>();
        foreach (var table in tables)
            if (await RowsMentioning(table, text) > 0) mentioning.Add(table);
        return mentioning;
    }

    private async Task<JsonElement> Auditor(string url) =>
        Body(await Host.Scenario(s => { s.Get.Url(url); s.WithRequestHeader("Authorization", Bearer(Role.Auditor)); }));

    private async Task<string> ExportText()
    {
        var entries = await ExportZip.Entries(await Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/export");
            s.WithRequestHeader("Authorization", Bearer(Role.Auditor));
        }));
        Assert.Contains("events.jsonl", entries.Keys);
        return string.Concat(entries.Values);
    }
}

using System.Text.Json;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scoring;
using Budgeting.Projections.Cycles;
using Budgeting.Projections.Proposals;
using Budgeting.Tests.Proposals.Api;
using Budgeting.Tests.Support;
using JasperFx.Events.Daemon;
using Marten;

namespace Budgeting.Tests.Audit;

public class RebuildTests(AppFixture app) : ProposalContext(app)
{
    private static readonly string[] ReadModels = ["cycleview", "proposaldetails", "proposallistitem"];

    [Fact]
    public async Task rebuilding_every_projection_from_the_events_gives_the_same_read_models_field_by_field()
    {
        await LiveHistory();
        var live = await Snapshot();
        var chain = await Verify();
        Assert.Equal([2, 6, 6], ReadModels.Select(t => live[t].Count));

        await CorruptReadModels();
        Assert.NotEqual(Flatten(live), Flatten(await Snapshot()));

        using (var daemon = await App.Store.BuildProjectionDaemonAsync())
        {
            await daemon.RebuildProjectionAsync<CycleViewProjection>(CancellationToken.None);
            await daemon.RebuildProjectionAsync<ProposalDetailsProjection>(CancellationToken.None);
            await daemon.RebuildProjectionAsync<ProposalListItemProjection>(CancellationToken.None);
        }

        Assert.Equal(Flatten(live), Flatten(await Snapshot()));
        Assert.Equal(chain.GetRawText(), (await Verify()).GetRawText());
        Assert.True(chain.GetProperty("intact").GetBoolean());
    }

    /// <summary>The chain's verdict and digest: unchanged only if not one stored event was touched.</summary>
    private async Task<JsonElement> Verify()
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url("/api/audit/verify");
            s.WithRequestHeader("Authorization", Bearer(Role.Auditor));
        });
        return Body(result);
    }

    private async Task LiveHistory()
    {
        var city = await OpenCycle();
        var mapo = await OpenCycle("mapo-gu");
        await Post($"/api/cycles/{city}/committee", new { memberId = "member-1" }, Role.Admin, 200);
        await Post($"/api/cycles/{city}/committee", new { memberId = "member-2" }, Role.Admin, 200);
        await Post($"/api/cycles/{mapo}/envelope", new { envelope = 800_000_000, reason = "구의회 예산 조정" }, Role.Admin, 200);

        await Suggest(mapo, "마포 산책로 조명");
        var deliberating = await Suggest(city, "경로당 디지털 교육");
        await Officer(deliberating, "deliberation", new { });
        await Officer(deliberating, "discussions", new { heldOn = "2026-03-01", participants = new[] { Citizen }, summary = "교육 일정 협의" });
        var shade = await Admitted(city, "어린이놀이터 그늘막 설치");
        var lights = await Admitted(city, "산책로 조명 개선");
        await Score(city, shade, "member-1", 9);
        await Score(city, lights, "member-2", 7);
        var declined = await Suggest(city, "주차장 확장");
        await Officer(declined, "deliberation", new { });
        await Officer(declined, "decline", new { reason = "유사 사업과 중복됩니다" });
        await Command(declined, "appeal", new { reason = "대상 지역이 다릅니다" }, Role.Citizen, 200, Citizen);
        await Officer(declined, "appeal-decision", new { upheld = true, reason = "지역이 다름을 확인했습니다" });
        var withdrawn = await Suggest(city, "분수대 설치");
        await Command(withdrawn, "withdrawal", new { reason = "다른 제안과 합칩니다" }, Role.Citizen, 200, Citizen);
        await Budget(shade, 24_000_000);
        await Officer(shade, "implementation", new { });
        await Officer(shade, "milestones", new { title = "그늘막 10개 설치", progress = 50 });
        await Officer(shade, "spending", new { amount = 12_000_000, description = "1차 설치 공사" });
        await Officer(shade, "completion", new { });
        await Command(shade, "evaluations", new { rating = 4, findings = "아이들이 여름에도 놀이터를 이용합니다." }, Role.Auditor, 200);
    }

    private async Task Score(Guid cycle, Guid proposal, string member, int each)
    {
        await using var session = App.Store.LightweightSession();
        session.Events.Append(cycle, new ProposalScored(cycle, proposal, member, new Scores(each, each, each, each),
            "근거를 충분히 검토했습니다", new Actor(member, Role.Committee), App.Clock.GetCurrentInstant()));
        await session.SaveChangesAsync();
    }

    private async Task CorruptReadModels()
    {
        await using var session = App.Store.LightweightSession();
        var details = await session.Query<ProposalDetails>().FirstAsync();
        session.Store(details with { Title = "고쳐 쓴 제목", Spent = new Won(1) });
        session.Delete<ProposalListItem>((await session.Query<ProposalListItem>().FirstAsync()).Id);
        session.DeleteWhere<CycleView>(c => c.Scope == "city");
        await session.SaveChangesAsync();
    }

    /// <summary>Every read-model document as stored, by table and id.</summary>
    private async Task<Dictionary<string, Dictionary<Guid, JsonElement>>> Snapshot()
    {
        await using var session = App.Store.QuerySession();
        var schema = App.Store.Options.DatabaseSchemaName;
        var tables = new Dictionary<string, Dictionary<Guid, JsonElement>>();
        foreach (var table in ReadModels)
        {
            var rows = await session.AdvancedSql.QueryAsync<JsonElement>($"select jsonb_build_object('id', id, 'data', data) from {schema}.mt_doc_{table}",
                CancellationToken.None);
            tables[table] = rows.ToDictionary(r => r.GetProperty("id").GetGuid(), r => r.GetProperty("data").Clone());
        }
        return tables;
    }

    /// <summary>One entry per leaf field ("table/id/path" → JSON value), so a difference names the field.</summary>
    private static SortedDictionary<string, string> Flatten(Dictionary<string, Dictionary<Guid, JsonElement>> tables)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (table, documents) in tables)
        foreach (var (id, data) in documents)
            Walk($"{table}/{id}", data, fields);
        return fields;
    }

    private static void Walk(string path, JsonElement value, SortedDictionary<string, string> fields)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject()) Walk($"{path}.{property.Name}", property.Value, fields);
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in value.EnumerateArray()) Walk($"{path}[{i++}]", item, fields);
                fields[$"{path}.length"] = i.ToString();
                break;
            default:
                fields[path] = value.GetRawText();
                break;
        }
    }
}

using System.Text.Json;
using Budgeting.Api.ReadModels.Rebuilding;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scoring;
using Budgeting.Projections.Cycles;
using Budgeting.Projections.Elections;
using Budgeting.Projections.Proposals;
using Budgeting.Projections.Voting;
using Budgeting.Tests.Cycles.Voting.Api;
using Budgeting.Tests.Elections;
using Budgeting.Tests.Support;
using JasperFx.Events.Projections;
using Marten;

namespace Budgeting.Tests.Audit;

public class RebuildTests(AppFixture app) : VotingContext(app)
{
    private static readonly string[] ReadModels = ["ballotview", "cycleview", "electionview", "proposaldetails"];

    [Fact]
    public async Task rebuilding_every_projection_from_the_events_gives_the_same_read_models_field_by_field()
    {
        await LiveHistory();
        var live = await Snapshot(); // data only: the daemon gives the election the version of its first event, not of its import
        var chain = await Verify();
        Assert.Equal([2, 3, 1, 8], ReadModels.Select(t => live[t].Count));

        await CorruptReadModels();
        Assert.NotEqual(Flatten(live), Flatten(await Snapshot()));

        using (var daemon = await App.Store.BuildProjectionDaemonAsync())
        {
            await daemon.RebuildProjectionAsync<CycleViewProjection>(CancellationToken.None);
            await daemon.RebuildProjectionAsync<ProposalDetailsProjection>(CancellationToken.None);
            await daemon.RebuildProjectionAsync<BallotViewProjection>(CancellationToken.None);
            await daemon.RebuildProjectionAsync<ElectionViewProjection>(CancellationToken.None);
        }

        Assert.Equal(Flatten(live), Flatten(await Snapshot()));
        Assert.Equal(chain.GetRawText(), (await Verify()).GetRawText());
        Assert.True(chain.GetProperty("intact").GetBoolean());
    }

    [Fact]
    public async Task read_models_rebuild_writes_every_document_as_the_inline_projections_did_data_and_version()
    {
        await LiveHistory();
        var live = await Snapshot(withVersion: true);
        await CorruptReadModels();
        await LeaveDaemonProgress(((DocumentStore)App.Store).Options.Projections.All.OfType<ProposalDetailsProjection>().Single().ShardNames()[0]);

        var report = await new ReadModelRebuild(App.Store).Run(CancellationToken.None);

        var differences = Differences(Flatten(live), Flatten(await Snapshot(withVersion: true)));
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.Equal(live.Values.Sum(t => t.Count), report.Documents.Values.Sum());
        Assert.Equal(await Count("select count(*) from {s}.mt_events"), report.Events); // the election's ballots came in its import's commit
        Assert.Equal(0, await Count("select count(*) from {s}.mt_event_progression where name not like 'HighWater%'"));
    }

    [Fact]
    public async Task read_models_rebuild_leaves_no_document_whose_stream_is_absent()
    {
        var cycle = await OpenCycle();
        var suggested = await Suggest(cycle, "경로당 디지털 교육");
        await using (var session = App.Store.LightweightSession())
        {
            session.Store(new ProposalDetails { Id = Guid.NewGuid(), CycleId = cycle, Title = "흔적만 남은 제안", Version = 3 });
            await session.SaveChangesAsync();
        }
        var before = await Snapshot(withVersion: true);
        Assert.Equal(2, before["proposaldetails"].Count);

        await new ReadModelRebuild(App.Store).Run(CancellationToken.None);

        var after = await Snapshot(withVersion: true);
        Assert.Equal(1, after["cycleview"].Count);
        Assert.Equal([suggested], after["proposaldetails"].Keys);
    }

    [Fact]
    public async Task read_models_rebuild_of_an_empty_store_empties_the_read_models()
    {
        await using (var session = App.Store.LightweightSession())
        {
            session.Store(new CycleView { Id = Guid.NewGuid(), Name = "사라진 예산 주기" });
            await session.SaveChangesAsync();
        }

        var report = await new ReadModelRebuild(App.Store).Run(CancellationToken.None);

        Assert.Equal((0, 0), (report.Events, report.Streams));
        Assert.All((await Snapshot(withVersion: true)).Values, documents => Assert.Empty(documents));
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

        var vote = await VotingCycle();
        var (park, library) = (await AdmittedCosting(vote, "한강 그늘막", 300_000), await AdmittedCosting(vote, "작은도서관 야간 개방", 200_000));
        await ToVoting(vote);
        await Vote(vote, "citizen-lee", 201, [park]);
        await Vote(vote, "citizen-lee", 200, [park, library]);
        await Vote(vote, "citizen-park", 201, [library]);
        await Host.Scenario(s =>
        {
            s.Post.Text(ElectionFixtures.Krakow).ToUrl("/api/elections/imports").QueryString("fileName", "krakow.pb");
            s.WithRequestHeader("Authorization", Bearer(Role.Admin));
            s.StatusCodeShouldBe(201);
        });
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
        session.Delete<ProposalDetails>((await session.Query<ProposalDetails>().Where(d => d.Id != details.Id).FirstAsync()).Id);
        session.DeleteWhere<CycleView>(c => c.Scope == "city");
        var ballot = await session.Query<BallotView>().FirstAsync();
        session.Store(ballot with { Selections = [] });
        session.Delete<ElectionView>((await session.Query<ElectionView>().FirstAsync()).Id);
        await session.SaveChangesAsync();
    }

    /// <summary>A progress row, as an interrupted daemon rebuild of an inline projection leaves.</summary>
    private async Task LeaveDaemonProgress(ShardName shard)
    {
        await using var session = App.Store.LightweightSession();
        session.QueueSqlCommand($"insert into {App.Store.Options.Events.DatabaseSchemaName}.mt_event_progression (name, last_seq_id) values (?, 1)",
            shard.Identity);
        await session.SaveChangesAsync();
    }

    /// <summary>Every read-model document as stored, by table and id; with its mt_version when asked.</summary>
    private async Task<Dictionary<string, Dictionary<Guid, JsonElement>>> Snapshot(bool withVersion = false)
    {
        // With the version: every column but the write time (data, mt_version, the .NET type and the duplicated
        // columns the list's filters read: cycle_id, status, search_pairs).
        var data = withVersion ? "to_jsonb(d) - 'id' - 'mt_last_modified'" : "data";
        await using var session = App.Store.QuerySession();
        var schema = App.Store.Options.DatabaseSchemaName;
        var tables = new Dictionary<string, Dictionary<Guid, JsonElement>>();
        foreach (var table in ReadModels)
        {
            var rows = await session.AdvancedSql.QueryAsync<JsonElement>($"select jsonb_build_object('id', id, 'data', {data}) from {schema}.mt_doc_{table} as d",
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

    /// <summary>Each field that differs, as "path: expected → actual".</summary>
    private static List<string> Differences(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual) =>
        expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal)
            .Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k))
            .Select(k => $"{k}: {expected.GetValueOrDefault(k) ?? "(none)"} → {actual.GetValueOrDefault(k) ?? "(none)"}").ToList();

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

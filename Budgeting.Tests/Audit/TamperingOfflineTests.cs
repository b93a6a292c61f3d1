using System.IO.Compression;
using System.Text;
using Budgeting.Api.Audit.Exporting;
using Budgeting.Api.Audit.Verifying;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Audit;

public class TamperingOfflineTests(AppFixture app) : AuditContext(app), IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("audit-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task a_fresh_export_verifies_offline_from_the_zip_and_from_its_events_file()
    {
        await SeedHistory();
        var zip = await Save(await Export());
        var fromZip = await OfflineExport.Verify(zip);
        Assert.True(fromZip.Intact);
        Assert.Equal(8, fromZip.EventsChecked);

        var online = await Verify();
        Assert.Equal(online.GetProperty("digest").GetString(), fromZip.Digest);
        Assert.True((await OfflineExport.Verify(await EventsFile(zip))).Intact);
    }

    [Fact]
    public async Task the_export_holds_the_chain_a_csv_summary_and_a_manifest()
    {
        await SeedHistory();
        using var zip = new ZipArchive(new MemoryStream(await Export()));
        Assert.Equal(["allocation-decisions.csv", "events.csv", "events.jsonl", "ledger.csv", "manifest.json", "proposals.csv"],
            zip.Entries.Select(e => e.Name).Order());
        var csv = await Read(zip, "events.csv");
        Assert.StartsWith("Sequence,StreamId,Version,Type,Timestamp,ActorId,ActorRole,Hash", csv);
        Assert.Equal(9, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("officer-7,officer", csv);
        Assert.Contains("\"intact\":true", await Read(zip, "manifest.json"));
    }

    [Fact]
    public async Task tampering_in_the_database_is_caught_in_the_export_too()
    {
        await SeedHistory();
        var seq = await SequenceOf(Streams[0], 3);
        await Sql($"update {{s}}.mt_events set data = data || '{{\"extra\": 1}}' where seq_id = {seq}");
        var verdict = await OfflineExport.Verify(await Save(await Export()));
        Assert.Equal((seq, LinkProblem.Altered), (verdict.FirstBroken!.Sequence, verdict.FirstBroken.Problem));
    }

    [Fact]
    public async Task an_altered_value_in_the_file_is_named_altered()
    {
        var lines = await ExportedLines();
        var target = lines.FindIndex(l => l.Contains("\"b2 서울\""));
        lines[target] = lines[target].Replace("\"b2 서울\"", "\"b2 부산\"");
        await AssertOfflineBroken(lines, target + 1, LinkProblem.Altered);
    }

    [Fact]
    public async Task an_added_key_in_the_file_is_named_altered()
    {
        var lines = await ExportedLines();
        lines[2] = lines[2].Replace("\"data\": {", "\"data\": {\"approved\": true, ");
        await AssertOfflineBroken(lines, 3, LinkProblem.Altered);
    }

    [Fact]
    public async Task a_removed_line_is_named_deleted()
    {
        var lines = await ExportedLines();
        var a2 = lines.FindIndex(l => l.Contains("\"a2\""));
        var a3 = lines.FindIndex(l => l.Contains("\"a3\""));
        lines.RemoveAt(a2);
        await AssertOfflineBroken(lines, a3 + 1, LinkProblem.Deleted);
    }

    [Fact]
    public async Task swapped_lines_are_named_reordered()
    {
        var lines = await ExportedLines();
        (lines[3], lines[4]) = (lines[4], lines[3]);
        await AssertOfflineBroken(lines, 4, LinkProblem.Reordered);
    }

    [Fact]
    public async Task a_forged_line_is_named_forged()
    {
        var lines = await ExportedLines();
        var forged = lines[^1].Replace("\"c3\"", "\"c4\"").Replace("\"version\": 3", "\"version\": 4")
            .Replace("\"seq_id\": 8", "\"seq_id\": 9").Replace("{\"sequence\":8", "{\"sequence\":9");
        forged = forged[..forged.IndexOf(",\"link\":", StringComparison.Ordinal)] + ",\"link\":null}";
        lines.Add(forged);
        await AssertOfflineBroken(lines, 9, LinkProblem.Forged);
    }

    private async Task<List<string>> ExportedLines()
    {
        await SeedHistory();
        var lines = (await File.ReadAllLinesAsync(await EventsFile(await Save(await Export())))).ToList();
        Assert.Equal(8, lines.Count);
        return lines;
    }

    private async Task AssertOfflineBroken(List<string> lines, long sequence, string problem)
    {
        var path = Path.Combine(_folder, "tampered.jsonl");
        await File.WriteAllLinesAsync(path, lines, new UTF8Encoding(false));
        var verdict = await OfflineExport.Verify(path);
        Assert.False(verdict.Intact);
        Assert.Equal((sequence, problem), (verdict.FirstBroken!.Sequence, verdict.FirstBroken.Problem));
    }

    private async Task<string> Save(byte[] zip)
    {
        var path = Path.Combine(_folder, "export.zip");
        await File.WriteAllBytesAsync(path, zip);
        return path;
    }

    private async Task<string> EventsFile(string zipPath)
    {
        var folder = Path.Combine(_folder, "unpacked");
        await ZipFile.ExtractToDirectoryAsync(zipPath, folder, overwriteFiles: true);
        return Path.Combine(folder, EventLines.FileName);
    }

    private static async Task<string> Read(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return await reader.ReadToEndAsync();
    }
}

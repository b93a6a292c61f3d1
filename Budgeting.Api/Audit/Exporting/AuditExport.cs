using System.Data;
using System.IO.Compression;
using System.Text.Json;
using Budgeting.Api.Audit.Chain;
using Budgeting.Api.Audit.Verifying;
using Budgeting.Api.Infrastructure;
using Marten;

using NodaTime;
using NodaTime.Text;

namespace Budgeting.Api.Audit.Exporting;

/// <summary>Writes the audit export, a zip of events.jsonl (with the chain), the CSV files and manifest.json, from one snapshot.</summary>
public sealed class AuditExport(AuditDatabase database, IDocumentStore store, IEnumerable<IExportFile> files, IClock clock)
{
    public async Task<Verdict> Write(Stream output, CancellationToken token)
    {
        await using var connection = await database.Open(token);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, token);
        await using var session = store.QuerySession(Marten.Services.SessionOptions.ForConnection(connection));
        var source = new ExportSource(connection, database.Schema, session);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        var verdict = await WriteEvents(zip, source, token);
        foreach (var file in files)
        {
            await using var entry = await zip.CreateEntry(file.Name).OpenAsync(token);
            await file.Write(entry, source, token);
        }
        var manifest = new ExportManifest(ExportManifest.CurrentFormat, InstantPattern.ExtendedIso.Format(clock.GetCurrentInstant()),
            database.Schema, [EventLines.FileName, .. files.Select(f => f.Name)], ExportManifest.Definition, verdict);
        await using (var entry = await zip.CreateEntry(ExportManifest.FileName).OpenAsync(token))
            await JsonSerializer.SerializeAsync(entry, manifest, Json.Options, token);
        return verdict;
    }

    private static async Task<Verdict> WriteEvents(ZipArchive zip, ExportSource source, CancellationToken token)
    {
        var verifier = new ChainVerifier();
        await using var entry = await zip.CreateEntry(EventLines.FileName).OpenAsync(token);
        await using var json = new Utf8JsonWriter(entry, new JsonWriterOptions { Indented = false });
        await foreach (var chainEntry in StoredChain.Read(source.Connection, source.Schema, token))
        {
            EventLines.Write(json, chainEntry);
            entry.WriteByte((byte)'\n');
            verifier.Step(chainEntry);
        }
        return verifier.Verdict;
    }
}

using System.IO.Compression;
using System.Text.Json;
using Budgeting.Api.Audit.Exporting;
using Budgeting.Api.Infrastructure;
using Marten;
using Marten.Events;
using NodaTime;

namespace Budgeting.Api.Audit.Replaying;

/// <summary>Where a replay reads the history: the event store, or an audit export without a database.</summary>
public static class ReplaySources
{
    public static async Task<IReadOnlyList<ReplayEvent>> FromDatabase(IQuerySession session, CancellationToken token,
        Instant? asOf = null)
    {
        var events = session.Events.QueryAllRawEvents().Where(e => e.EventTypesAre(AllocationReplayer.EventTypes));
        if (asOf is { } at)
        {
            var until = at.ToDateTimeOffset();
            events = events.Where(e => e.Timestamp <= until);
        }
        return (await events.ToListAsync(token)).Select(e => new ReplayEvent(e.Sequence, e.StreamId, e.Data)).ToList();
    }

    /// <summary>Reads the stored rows of events.jsonl (in a zip, a folder, or the file itself); unknown types are skipped.</summary>
    public static async Task<IReadOnlyList<ReplayEvent>> FromExport(string path, CancellationToken token)
    {
        var types = AllocationReplayer.EventTypes.ToDictionary(t => Alias(t.Name), t => t);
        var events = new List<ReplayEvent>();
        using var text = Open(path);
        await foreach (var entry in EventLines.Read(text, token))
        {
            if (entry.Event is not { } stored) continue;
            using var row = JsonDocument.Parse(stored.CanonicalRow);
            if (!types.TryGetValue(row.RootElement.GetProperty("type").GetString()!, out var type)) continue;
            var data = row.RootElement.GetProperty("data").Deserialize(type, Json.Options)!;
            events.Add(new ReplayEvent(stored.Sequence, Guid.Parse(stored.StreamId), data));
        }
        return events;
    }

    private static TextReader Open(string path)
    {
        if (Directory.Exists(path)) return new StreamReader(Path.Combine(path, EventLines.FileName), EventLines.Utf8);
        var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[4];
        var isZip = file.Read(magic) == 4 && magic is [0x50, 0x4B, 0x03, 0x04];
        file.Position = 0;
        if (!isZip) return new StreamReader(file, EventLines.Utf8);
        var zip = new ZipArchive(file);
        var entry = zip.GetEntry(EventLines.FileName) ?? throw new InvalidDataException($"{path} holds no {EventLines.FileName}");
        return new StreamReader(entry.Open(), EventLines.Utf8);
    }

    /// <summary>Marten's default event type alias: the class name in snake case.</summary>
    private static string Alias(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}

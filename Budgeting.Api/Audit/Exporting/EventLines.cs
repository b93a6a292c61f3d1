using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Budgeting.Api.Audit.Verifying;

namespace Budgeting.Api.Audit.Exporting;

/// <summary>
/// events.jsonl: one line per position of the global sequence,
/// {"sequence":n,"row":{canonical row, verbatim},"link":{"streamId","version","prevHash","hash"}}.
/// "row" is byte for byte the text the hash covers, so a reader recomputes the hash from the file alone.
/// </summary>
public static class EventLines
{
    public const string FileName = "events.jsonl";

    public static void Write(Utf8JsonWriter json, ChainEntry entry)
    {
        json.Reset();
        json.WriteStartObject();
        json.WriteNumber("sequence", entry.Sequence);
        json.WritePropertyName("row");
        if (entry.Event is { } row) json.WriteRawValue(row.CanonicalRow);
        else json.WriteNullValue();
        json.WritePropertyName("link");
        if (entry.Link is { } link)
        {
            json.WriteStartObject();
            json.WriteString("streamId", link.StreamId);
            json.WriteNumber("version", link.Version);
            json.WriteString("prevHash", link.PrevHash);
            json.WriteString("hash", link.Hash);
            json.WriteEndObject();
        }
        else json.WriteNullValue();
        json.WriteEndObject();
        json.Flush();
    }

    public static async IAsyncEnumerable<ChainEntry> Read(TextReader text, [EnumeratorCancellation] CancellationToken token = default)
    {
        while (await text.ReadLineAsync(token) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return Parse(line);
        }
    }

    public static ChainEntry Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        var sequence = root.GetProperty("sequence").GetInt64();
        var row = root.GetProperty("row") is { ValueKind: JsonValueKind.Object } r
            ? new StoredEvent(r.GetProperty("seq_id").GetInt64(), r.GetProperty("stream_id").GetString()!,
                r.GetProperty("version").GetInt64(), r.GetRawText())
            : null;
        var link = root.GetProperty("link") is { ValueKind: JsonValueKind.Object } l
            ? new StoredLink(sequence, l.GetProperty("streamId").GetString()!, l.GetProperty("version").GetInt64(),
                l.GetProperty("prevHash").GetString()!, l.GetProperty("hash").GetString()!)
            : null;
        return new ChainEntry(sequence, row, link);
    }

    public static readonly Encoding Utf8 = new UTF8Encoding(false);
}

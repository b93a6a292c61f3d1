using System.Text.Json.Nodes;

namespace Loadgen;

/// <summary>A write operation of the OpenAPI document: method, path template, and a plausible body built from its schema.</summary>
public sealed record Operation(string Method, string Path, JsonObject? Body, IReadOnlyList<string> Properties)
{
    public const string Write = "post put patch delete";
}

public static class Operations
{
    public static List<Operation> From(JsonNode doc)
    {
        var schemas = doc["components"]?["schemas"]?.AsObject() ?? [];
        return doc["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Where(m => Operation.Write.Contains(m.Key)).Select(m =>
            {
                var schema = m.Value?["requestBody"]?["content"]?.AsObject().FirstOrDefault().Value?["schema"];
                var body = schema is null ? null : Sample(schema, schemas, 0) as JsonObject;
                return new Operation(m.Key.ToUpperInvariant(), p.Key, body, body?.Select(x => x.Key).ToList() ?? []);
            }))
            .ToList();
    }

    private static JsonNode? Sample(JsonNode schema, JsonObject schemas, int depth)
    {
        if (depth > 4) return null;
        if (schema["$ref"]?.GetValue<string>() is { } reference)
            return Sample(schemas[reference.Split('/')[^1]]!, schemas, depth + 1);
        if (schema["oneOf"] is JsonArray oneOf)
            return oneOf.Select(s => Sample(s!, schemas, depth + 1)).FirstOrDefault(s => s is not null);
        if (schema["enum"] is JsonArray values) return values.FirstOrDefault(v => v is not null)?.DeepClone();
        var type = schema["type"] switch
        {
            JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null") ?? "null",
            JsonValue single => single.GetValue<string>(),
            _ => schema["properties"] is not null ? "object" : "string",
        };
        return type switch
        {
            "object" => new JsonObject((schema["properties"]?.AsObject() ?? [])
                .Select(p => KeyValuePair.Create(p.Key, Sample(p.Value!, schemas, depth + 1)))),
            "array" => new JsonArray(schema["items"] is { } items ? Sample(items, schemas, depth + 1) : null),
            "integer" or "number" => 1000,
            "boolean" => true,
            _ => schema["format"]?.GetValue<string>() switch
            {
                "uuid" => Guid.NewGuid().ToString(),
                "date" => "2026-03-02",
                "date-time" => "2026-03-02T00:30:00Z",
                _ => "hostile sample text",
            },
        };
    }
}

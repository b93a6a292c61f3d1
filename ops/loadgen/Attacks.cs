using System.Text.Json.Nodes;
using Budgeting.Api.Infrastructure;

namespace Loadgen;

/// <summary>An endless, seeded stream of hostile requests, cycling through the write operations.</summary>
public static class Attacks
{
    /// <summary>A body above Kestrel's 30 MB limit: answered 413, or the connection is closed while the client still sends.</summary>
    public const string Oversized = "oversized body";

    private static readonly string[] Roles = ["citizen", "officer", "committee", "auditor", "admin"];

    private static readonly JsonNode?[] Values =
    [
        null, true, -1, 0, -10_000_000_000L, long.MaxValue, long.MinValue, 10.5, 1e300,
        JsonNode.Parse("99999999999999999999999999"), JsonNode.Parse("[]"), JsonNode.Parse("{}"), JsonNode.Parse("[1,\"a\",null]"),
        "", " ", "x", new string('가', 100_000), new string('a', 1_000_000), "'; drop table budgeting.mt_events; --",
        "\u202Eevil\u0000nul", "<script>alert(1)</script>", "bogus-enum-value", "2026-02-30", "2026-13-01", "not-a-date",
        "9999-12-31T23:59:59Z", "0001-01-01", "00000000-0000-0000-0000-000000000000", "not-a-guid", "NaN", "-Infinity",
        "1e309", "-5", "18446744073709551616", "${jndi:ldap://x}", "../../../../etc/passwd", "%00", "🦄🦄🦄",
    ];

    private static readonly string[] Bodies =
    [
        "", "{", "{not json", "null", "[]", "\"text\"", "42", "{\"a\":", "{\"a\":1,\"a\":2}", "\u0000\u0001",
        Deep("[", "]", 5_000), Deep("{\"a\":", "}", 200), Deep("[", "]", 40), "{\"title\":\"\\ud800\"}",
    ];

    public static IEnumerable<Attack> For(List<Operation> operations, TargetIds ids, Random random)
    {
        for (var n = 0; ; n++)
        {
            var op = operations[n % operations.Count];
            var role = Roles[random.Next(Roles.Length)];
            var token = "Bearer " + Api.Token(role, $"hostile-{random.Next(1000)}");
            var path = Path(op.Path, ids, random);
            var body = op.Body?.DeepClone().AsObject();
            yield return (n / operations.Count % 8) switch
            {
                0 or 1 or 2 when body is { Count: > 0 } => Mutated(op, path, body, token, random),
                3 => new Attack(op.Method, path, Bodies[random.Next(Bodies.Length)], token, "broken body"),
                4 => new Attack(op.Method, path, body?.ToJsonString(), BadToken(random), "bad token"),
                5 => new Attack(op.Method, path, body?.ToJsonString(), token, "content type",
                    random.Next(2) == 0 ? "text/plain" : "application/xml"),
                6 => new Attack(op.Method, path, body?.ToJsonString() ?? "{}", token, "headers", Headers: Header(random)),
                _ when random.Next(150) == 0 => new Attack(op.Method, path, "{\"pad\":\"" + new string('x', 40 * 1024 * 1024) + "\"}", token, Oversized),
                _ => new Attack(op.Method, path, Extra(body), token, "extra properties"),
            };
        }
    }

    private static Attack Mutated(Operation op, string path, JsonObject body, string token, Random random)
    {
        var property = op.Properties[random.Next(op.Properties.Count)];
        var value = Values[random.Next(Values.Length)];
        body[property] = value?.DeepClone();
        return new Attack(op.Method, path, body.ToJsonString(), token, $"{property}={Label(value)}");
    }

    private static string Path(string template, TargetIds ids, Random random) => template
        .Replace("{id}", random.Next(6) switch
        {
            0 => "not-a-guid",
            1 => Guid.NewGuid().ToString(),
            2 => new string('9', 5000),
            _ => template.StartsWith("/api/cycles") ? ids.Cycle : ids.Proposal,
        })
        .Replace("{memberId}", random.Next(2) == 0 ? "committee-1" : "%2e%2e%2f");

    private static string BadToken(Random random) => random.Next(6) switch
    {
        0 => "Bearer " + Auth.Mint("a-forged-signing-key-that-is-long-enough-for-hmac!!", "admin", "mallory", null, null, TimeSpan.FromHours(1)),
        1 => "Bearer " + Auth.Mint(Auth.DevelopmentKey, "admin", "late", null, null, TimeSpan.FromMinutes(-10)),
        2 => "Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJyb2xlIjoiYWRtaW4iLCJzdWIiOiJtYWxsb3J5In0.",
        3 => "Bearer " + new string('A', 20_000),
        4 => "Basic YWRtaW46YWRtaW4=",
        _ => "Bearer " + Tamper(Api.Token("citizen", "mallory")),
    };

    private static string Tamper(string token)
    {
        var parts = token.Split('.');
        parts[1] = Convert.ToBase64String("{\"role\":\"admin\",\"sub\":\"mallory\",\"aud\":\"budgeting\",\"iss\":\"budgeting-dev\"}"u8)
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return string.Join('.', parts);
    }

    private static Dictionary<string, string> Header(Random random) => random.Next(4) switch
    {
        0 => new() { ["If-Match"] = "\"not-a-version\"" },
        1 => new() { ["If-Match"] = "\"99999999999999999999\"" },
        2 => new() { ["Idempotency-Key"] = new string('k', 5000) },
        _ => new() { ["If-Match"] = "-1" },
    };

    private static string Extra(JsonObject? body)
    {
        body ??= [];
        body["unexpected"] = new string('z', 10_000);
        body["$type"] = "System.IO.FileInfo";
        return body.ToJsonString();
    }

    private static string Deep(string open, string close, int depth) =>
        string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));

    private static string Label(JsonNode? value) => value is null ? "null" : value.ToJsonString() is { Length: > 40 } s ? s[..40] + "…" : value.ToJsonString();
}

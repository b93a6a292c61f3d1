using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace Loadgen;

/// <summary>
/// Malformed and adversarial requests against every write operation of the OpenAPI document: wrong types, huge and
/// hostile strings, overflowing and negative amounts, unknown enum values, invalid dates, deep JSON, broken bodies
/// and content types, forged, expired and tampered tokens, and other users' records. Asserts nothing itself: it counts
/// 5xx answers, non-problem error answers and accepted (2xx) requests, which ops/drill checks.
/// </summary>
public static class Hostile
{
    public static async Task<int> Run(Options o)
    {
        var clients = o.Int("clients", 16);
        var api = new Api(o.Get("url"), clients);
        var operations = Operations.From(JsonNode.Parse(await File.ReadAllTextAsync(o.Get("openapi")))!);
        var ids = new TargetIds(o.Get("proposal"), o.Get("cycle"));
        var requests = new ConcurrentQueue<Attack>(Attacks.For(operations, ids, new Random(11)).Take(o.Int("count", 10_000)));
        var recorder = new Recorder();
        var accepted = new ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            while (requests.TryDequeue(out var attack))
            {
                var answer = await api.Send(attack.Request());
                if (answer.Error is not null && attack.Kind == Attacks.Oversized) answer = answer with { Error = "closed" };
                recorder.Record(answer.Milliseconds, answer.Error == "closed" ? "closed-oversized" : answer.Label);
                if (answer.Error == "closed") continue;
                if (answer.Status >= 500 || answer.Error is not null)
                    recorder.Finding($"{answer.Label} {attack.Describe()}: {Clip(answer.Body)}");
                else if (!answer.Ok && !answer.IsProblem)
                    recorder.Finding($"{answer.Status} not a problem document ({answer.ContentType}) {attack.Describe()}");
                else if (answer.Ok) accepted.Add($"{answer.Status} {attack.Describe()}");
            }
        }));
        var serverErrors = recorder.Count(s => s.StartsWith('5') || s == "error");
        Console.WriteLine(recorder.Summary("hostile", clients) +
                          $" server_errors={serverErrors} not_problem={recorder.Findings.Count(f => f.Contains("not a problem"))}" +
                          $" accepted={accepted.Count} accepted_events={accepted.Count(a => !a.Contains(" DELETE "))}" +
                          $" operations={operations.Count}");
        foreach (var finding in recorder.Findings.Take(30)) Console.WriteLine("finding: " + finding);
        foreach (var a in accepted.Take(30)) Console.WriteLine("accepted: " + a);
        return 0;
    }

    private static string Clip(string s) => s.Length > 160 ? s[..160] : s;
}

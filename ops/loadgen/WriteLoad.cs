using System.Text.Json;

namespace Loadgen;

/// <summary>
/// Concurrent citizens suggesting proposals (or casting ballots, or supporting one proposal, or suggesting to the plain
/// peer endpoint of ops/peer) for a fixed time. Every
/// acknowledged (2xx) proposal id is written to --acks, one per line, so a drill can check it survived; --trace FILE
/// writes the run's requests, p50 and p99 second by second.
/// </summary>
public static class WriteLoad
{
    public static async Task<int> Run(Options o, string mode)
    {
        var clients = o.Int("clients", 8);
        // --url may name several nodes (comma-separated): client c starts on node c mod n and moves to the next node
        // when its node does not answer, as a load balancer would.
        var nodes = o.Get("url").Split(',').Select(url => new Api(url, clients)).ToArray();
        var cycle = mode is "supports" or "plain" ? "" : o.Get("cycle");
        var proposals = mode == "ballots" ? o.Get("proposals").Split(',') : [];
        var supported = mode == "supports" ? o.Get("proposal") : "";
        await using var acks = o.Get("acks", "") is { Length: > 0 } path ? new StreamWriter(path, append: true) { AutoFlush = true } : null;
        var gate = new object();
        var recorder = new Recorder();
        var deadline = DateTime.UtcNow.AddSeconds(o.Double("seconds", 10));
        var run = o.Get("run", Guid.NewGuid().ToString("N")[..8]);
        var readBack = o.Int("read-back", 0) == 1 && mode == "proposals" ? new ReadBack(nodes, cycle) : null;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var token = Api.Token("citizen", $"bench-{run}-{c}");
            var node = c % nodes.Length;
            for (var i = 0; DateTime.UtcNow < deadline; i++)
            {
                var request = mode switch
                {
                    "ballots" => Ballots.Request(cycle, proposals, run, c, i),
                    "supports" => Supports.Request(supported, run, c, i),
                    "plain" => Api.Request(HttpMethod.Post, "/plain/suggestions", Proposal(cycle, c, i), null),
                    _ => Api.Request(HttpMethod.Post, "/api/proposals", Proposal(cycle, c, i), token),
                };
                var answer = await nodes[node].Send(request);
                recorder.Record(answer.Milliseconds, answer.Label);
                var id = answer.Ok && mode == "proposals" ? JsonDocument.Parse(answer.Body).RootElement.GetProperty("id").GetString()! : null;
                if (id is not null && acks is not null) lock (gate) acks.WriteLine(id);
                if (id is not null && readBack is not null) await readBack.Check(node, id, Title(c, i));
                if (!answer.Ok && answer.Error is null && !answer.IsProblem)
                    recorder.Finding($"{answer.Status} without a problem document: {answer.Body[..Math.Min(200, answer.Body.Length)]}");
                if (answer.Error is not null)
                {
                    node = (node + 1) % nodes.Length;
                    await Task.Delay(50);
                }
            }
        }));
        Console.WriteLine(recorder.Summary(mode, clients));
        // --trace FILE: the run second by second (Recorder.Seconds).
        if (o.Get("trace", "") is { Length: > 0 } trace) await File.WriteAllLinesAsync(trace, recorder.Seconds());
        if (readBack is not null) Console.WriteLine(readBack.Summary);
        foreach (var finding in recorder.Findings.Concat(readBack?.Findings ?? []).Take(8)) Console.WriteLine("finding: " + finding);
        return 0;
    }

    private static readonly string[] Categories = ["welfare", "safety", "environment", "culture", "transport", "education"];

    private static string Title(int client, int i) => $"Bench proposal {client}-{i}:";

    public static string Proposal(string cycle, int client, int i) => JsonSerializer.Serialize(new
    {
        cycleId = cycle,
        title = Title(client, i) + " benches and shade in the park",
        description = "Replace the broken benches along the river path and plant shade trees near the playground.",
        category = Categories[(client + i) % Categories.Length],
        district = "city",
        costGuess = 10_000_000 + i,
    });
}

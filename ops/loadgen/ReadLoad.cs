namespace Loadgen;

/// <summary>
/// Anonymous readers paging through the proposal list with random filters (cycle, status, text) for a fixed time.
/// With <c>--distinct</c> every request also carries a parameter the list ignores, unique to it, so no answer can come
/// from the engine's list cache: that measures the database path.
/// </summary>
public static class ReadLoad
{
    private static readonly string[] Statuses =
        ["suggested", "inDeliberation", "admitted", "declined", "withdrawn", "budgeted", "notFunded", "inImplementation", "implemented", "evaluated"];

    public static async Task<int> Run(Options o)
    {
        var clients = o.Int("clients", 32);
        var api = new Api(o.Get("url"), clients);
        var cycles = o.Get("cycles").Split(',');
        var words = o.Get("words", "park,공원,안전,bus").Split(',');
        var distinct = o.Get("distinct", "false") == "true";
        var sent = 0L;
        var recorder = new Recorder();
        var deadline = DateTime.UtcNow.AddSeconds(o.Double("seconds", 10));
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var random = new Random(c);
            while (DateTime.UtcNow < deadline)
            {
                var answer = await api.Send(Api.Request(HttpMethod.Get,
                    Query(random, cycles, words) + (distinct ? $"&request={Interlocked.Increment(ref sent)}" : ""), null, null));
                recorder.Record(answer.Milliseconds, answer.Label);
                if (!answer.Ok) recorder.Finding($"{answer.Status} {answer.Body[..Math.Min(200, answer.Body.Length)]}");
            }
        }));
        Console.WriteLine(recorder.Summary("read", clients));
        foreach (var finding in recorder.Findings.Take(5)) Console.WriteLine("finding: " + finding);
        return 0;
    }

    private static string Query(Random random, string[] cycles, string[] words)
    {
        var query = $"/api/proposals?cycleId={cycles[random.Next(cycles.Length)]}&page={random.Next(1, 6)}&pageSize=20";
        if (random.Next(2) == 0) query += $"&status={Statuses[random.Next(Statuses.Length)]}";
        if (random.Next(2) == 0) query += $"&q={Uri.EscapeDataString(words[random.Next(words.Length)])}";
        return query;
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;

namespace Loadgen;

/// <summary>Latencies and answers of one run, shared by its clients; percentiles by sorting, nearest rank.</summary>
public sealed class Recorder
{
    /// <summary>Each request's latency, with the second of the run in which it was sent.</summary>
    private readonly ConcurrentBag<(int Second, double Milliseconds)> latencies = [];
    private readonly ConcurrentDictionary<string, int> statuses = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    public ConcurrentQueue<string> Findings { get; } = new();

    public void Record(double milliseconds, string status)
    {
        latencies.Add(((int)((clock.Elapsed.TotalMilliseconds - milliseconds) / 1000), milliseconds));
        statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
    }

    public void Finding(string what)
    {
        if (Findings.Count < 200) Findings.Enqueue(what);
    }

    public int Count(Func<string, bool> which) => statuses.Where(s => which(s.Key)).Sum(s => s.Value);

    public string Summary(string mode, int clients)
    {
        var seconds = clock.Elapsed.TotalSeconds;
        var sorted = latencies.Select(r => r.Milliseconds).Order().ToArray();
        var ok = Count(s => s.StartsWith('2'));
        return $"mode={mode} clients={clients} requests={sorted.Length} ok={ok} seconds={seconds:F1} " +
               $"rps={ok / seconds:F0} p50={P(sorted, 50):F1} p95={P(sorted, 95):F1} p99={P(sorted, 99):F1} " +
               $"statuses={string.Join(",", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}:{s.Value}"))}";
    }

    /// <summary>
    /// One line per second of the run (by when each request was sent): <c>second requests p50 p99</c>. A p99 over the
    /// whole run does not tell a steady tail from a stretch where the machine slowed; these lines do.
    /// </summary>
    public IEnumerable<string> Seconds() =>
        from second in latencies.GroupBy(r => r.Second).OrderBy(g => g.Key)
        let sorted = second.Select(r => r.Milliseconds).Order().ToArray()
        select $"{second.Key} {sorted.Length} {P(sorted, 50):F1} {P(sorted, 99):F1}";

    private static double P(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}

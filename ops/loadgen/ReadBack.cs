using System.Collections.Concurrent;

namespace Loadgen;

/// <summary>
/// After a write acknowledged by one node, reads it on every other node at once: its details and the proposal list
/// filtered to its title. A node that does not answer is skipped (it may be the one a drill killed); a node that answers
/// without the write is a stale read.
/// </summary>
public sealed class ReadBack(Api[] nodes, string cycle)
{
    private int checkedReads, staleReads, unreachable;
    public ConcurrentQueue<string> Findings { get; } = new();

    public async Task Check(int writtenOn, string id, string title)
    {
        for (var n = 0; n < nodes.Length; n++)
        {
            if (n == writtenOn) continue;
            var details = await nodes[n].Send(Api.Request(HttpMethod.Get, $"/api/proposals/{id}", null, null));
            var list = await nodes[n].Send(Api.Request(HttpMethod.Get,
                $"/api/proposals?cycleId={cycle}&q={Uri.EscapeDataString(title)}&pageSize=50", null, null));
            foreach (var (what, answer) in new[] { ("details", details), ("list", list) })
            {
                if (answer.Error is not null || answer.Status >= 500) { Interlocked.Increment(ref unreachable); continue; }
                Interlocked.Increment(ref checkedReads);
                if (answer.Ok && answer.Body.Contains(id)) continue;
                Interlocked.Increment(ref staleReads);
                if (Findings.Count < 20) Findings.Enqueue($"stale {what} on node {n + 1} after an ack on node {writtenOn + 1}: {id} answered {answer.Status}");
            }
        }
    }

    public string Summary => $"readback checked={checkedReads} stale={staleReads} unreachable={unreachable}";
}

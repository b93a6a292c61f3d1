using System.Text.Json;

namespace Loadgen;

/// <summary>
/// Races: many officers decide the same proposal at once (admit against decline), many administrators advance the same
/// cycle's phase or change its envelope with the same If-Match. Exactly one command of each race may win; the others
/// must get 409 or 412, and the history must show one decision.
/// </summary>
public static class Conflicts
{
    public static async Task<int> Run(Options o)
    {
        var racers = o.Int("racers", 16);
        var api = new Api(o.Get("url"), racers);
        var (admin, officer, citizen) = (Api.Token("admin", "race-admin"), Api.Token("officer", "race-officer"), Api.Token("citizen", "race-citizen"));
        var failures = new List<string>();
        var races = 0;
        for (var round = 0; round < o.Int("rounds", 5); round++)
        {
            var cycle = await Setup.Created(api, "/api/cycles", new { name = $"Race {round}", scope = "city", fiscalYear = 2027, envelope = 10_000_000_000 }, admin);
            var proposal = await Setup.DecidableProposal(api, cycle, $"Racing proposal {round}", "Two officers decide this at the same time.",
                50_000_000, citizen, officer, "fits the site");
            var decisions = await Race(api, racers, i => i % 2 == 0
                ? Api.Request(HttpMethod.Post, $"/api/proposals/{proposal}/admission", "{}", officer)
                : Api.Request(HttpMethod.Post, $"/api/proposals/{proposal}/decline", "{\"reason\":\"out of scope for this cycle\"}", officer));
            var history = JsonDocument.Parse((await api.Send(Api.Request(HttpMethod.Get, $"/api/proposals/{proposal}/history", null, null))).Body);
            var recorded = history.RootElement.GetProperty("events").EnumerateArray()
                .Count(e => e.GetProperty("type").GetString() is "ProposalAdmitted" or "ProposalDeclined");
            Check(failures, $"proposal decision round {round}", decisions, recorded);
            var envelope = await Race(api, racers, i => IfMatch(Api.Request(HttpMethod.Post, $"/api/cycles/{cycle}/envelope",
                $"{{\"envelope\":{9_000_000_000 + i},\"reason\":\"council revision {i}\"}}", admin), "1"));
            var advance = await Race(api, racers, _ => Api.Request(HttpMethod.Post, $"/api/cycles/{cycle}/phase/advance",
                "{\"from\":\"intake\",\"reason\":\"intake closed early\"}", admin));
            Check(failures, $"envelope round {round}", envelope, envelope.Count(s => s == 200));
            Check(failures, $"phase round {round}", advance, advance.Count(s => s == 200));
            races += 3;
        }
        Console.WriteLine($"mode=conflicts races={races} racers={racers} failures={failures.Count}");
        foreach (var failure in failures) Console.WriteLine("finding: " + failure);
        return 0;
    }

    private static void Check(List<string> failures, string race, int[] statuses, int recorded)
    {
        var won = statuses.Count(s => s == 200);
        var lost = statuses.Count(s => s is 409 or 412);
        if (won != 1 || lost != statuses.Length - 1 || recorded != 1)
            failures.Add($"{race}: {won} won, {lost} lost with 409/412, {recorded} recorded, answers {string.Join(",", statuses)}");
    }

    private static async Task<int[]> Race(Api api, int racers, Func<int, HttpRequestMessage> request)
    {
        var start = new TaskCompletionSource();
        var tasks = Enumerable.Range(0, racers).Select(async i => { await start.Task; return (await api.Send(request(i))).Status; }).ToArray();
        start.SetResult();
        return await Task.WhenAll(tasks);
    }

    private static HttpRequestMessage IfMatch(HttpRequestMessage request, string version)
    {
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        return request;
    }
}

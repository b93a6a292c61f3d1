namespace Loadgen;

/// <summary>
/// Residents supporting one popular proposal (POST /api/proposals/{id}/supports). <c>support-proposal</c> prepares it
/// through the API, as a citizen would: a city-wide cycle in intake and a suggested proposal; it prints the proposal's
/// id. Every support of the load is a new resident (their own token and district), all on that one proposal.
/// </summary>
public static class Supports
{
    public static async Task<int> SetUp(Options o)
    {
        var api = new Api(o.Get("url"), 1);
        var cycle = await Setup.Created(api, "/api/cycles", new
        {
            name = $"Bench supports {DateTime.UtcNow:yyyyMMddHHmmss}", scope = "city", fiscalYear = 2027, envelope = 10_000_000_000L,
        }, Api.Token("admin", "bench-admin"));
        Console.WriteLine(await Setup.Created(api, "/api/proposals", new
        {
            cycleId = cycle, title = "Bench popular proposal", description = "the proposal every bench resident supports",
            category = "safety", district = "city",
        }, Api.Token("citizen", "bench-proposer")));
        return 0;
    }

    public static HttpRequestMessage Request(string proposal, string run, int client, int i) =>
        Api.Request(HttpMethod.Post, $"/api/proposals/{proposal}/supports", "{}", Ballots.Voter($"supporter-{run}-{client}-{i}", client + i));
}

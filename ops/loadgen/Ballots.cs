namespace Loadgen;

/// <summary>
/// Citizen ballots (POST /api/cycles/{id}/ballots) are being added on another branch. Until the route exists the
/// mode is skipped; when it lands, adjust <see cref="Body"/> to the command's shape and the bench runs it as is.
/// </summary>
public static class Ballots
{
    public static async Task<bool> Missing(Api api, string cycle)
    {
        var probe = await api.Send(Request(cycle, Api.Token("citizen", "ballot-probe"), 0, 0));
        return probe.Status is 404 or 405 && !probe.Body.Contains("no budget cycle", StringComparison.OrdinalIgnoreCase);
    }

    public static HttpRequestMessage Request(string cycle, string token, int client, int i) =>
        Api.Request(HttpMethod.Post, $"/api/cycles/{cycle}/ballots", Body(client, i), token);

    private static string Body(int client, int i) => "{\"proposalIds\":[]}";
}

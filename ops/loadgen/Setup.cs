namespace Loadgen;

/// <summary>What the load modes prepare through the API before they measure, as an administrator and an officer would.</summary>
public static class Setup
{
    /// <summary>A set-up command that must succeed and answer the id of what it created.</summary>
    public static async Task<string> Created(Api api, string path, object body, string token) =>
        await api.Command(HttpMethod.Post, path, body, token) ?? throw new InvalidOperationException($"POST {path} answered without an id");

    /// <summary>A proposal suggested into the cycle and taken through deliberation, a cost estimate and a feasible assessment: ready to be decided.</summary>
    public static async Task<string> DecidableProposal(Api api, string cycle, string title, string description, long cost,
        string citizen, string officer, string feasibleBecause)
    {
        var id = await Created(api, "/api/proposals",
            new { cycleId = cycle, title, description, category = "safety", district = "city", costGuess = cost }, citizen);
        await api.Command(HttpMethod.Post, $"/api/proposals/{id}/deliberation", new { }, officer);
        await api.Command(HttpMethod.Post, $"/api/proposals/{id}/cost-estimates",
            new { lineItems = new[] { new { description = "works", amount = cost } } }, officer);
        await api.Command(HttpMethod.Post, $"/api/proposals/{id}/feasibility-assessments", new { feasible = true, reason = feasibleBecause }, officer);
        return id;
    }
}

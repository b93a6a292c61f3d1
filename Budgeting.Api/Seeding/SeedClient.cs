using System.Net.Http.Headers;
using System.Text.Json;
using Budgeting.Api.Infrastructure;

namespace Budgeting.Api.Seeding;

/// <summary>A thin HTTP client for the seed: posts commands as a given role and returns the created id.</summary>
internal sealed class SeedClient(HttpClient http)
{
    public async Task<Guid> Post(string role, string subject, string path, object body, CancellationToken token, string? district = null,
        string? birthDate = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = JsonContent.Create(body, options: Json.Options),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
            Auth.Mint(Auth.DevelopmentKey, role, subject, district, birthDate, TimeSpan.FromMinutes(10)));
        using var response = await http.SendAsync(request, token);
        var text = await response.Content.ReadAsStringAsync(token);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"seed step POST {path} failed: {(int)response.StatusCode} {text}");
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.TryGetProperty("id", out var id) ? id.GetGuid() : Guid.Empty;
    }

    public async Task Delete(string role, string subject, string path, CancellationToken token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer",
            Auth.Mint(Auth.DevelopmentKey, role, subject, null, null, TimeSpan.FromMinutes(10)));
        using var response = await http.SendAsync(request, token);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"seed step DELETE {path} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(token)}");
    }

    public async Task<JsonElement> Get(string path, CancellationToken token)
    {
        var text = await http.GetStringAsync(path, token);
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}

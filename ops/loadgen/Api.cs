using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Budgeting.Api.Infrastructure;

namespace Loadgen;

/// <summary>One pooled HTTP client for the engine on loopback, with development tokens minted in-process.</summary>
public sealed class Api(string baseUrl, int connections)
{
    public HttpClient Http { get; } = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = Math.Max(connections, 1),
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };

    public static string Token(string role, string subject, TimeSpan? lifetime = null) =>
        Auth.Mint(Auth.DevelopmentKey, role, subject, null, null, lifetime ?? TimeSpan.FromHours(2));

    public static HttpRequestMessage Request(HttpMethod method, string path, string? json, string? token,
        string contentType = "application/json")
    {
        var request = new HttpRequestMessage(method, path);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, contentType);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>Sends a set-up command that must succeed; its answer's <c>id</c>, or null when the answer has none.</summary>
    public async Task<string?> Command(HttpMethod method, string path, object body, string token)
    {
        var answer = await Send(Request(method, path, JsonSerializer.Serialize(body), token));
        if (!answer.Ok) throw new InvalidOperationException($"{method} {path} answered {answer.Status}: {answer.Body}");
        return JsonDocument.Parse(answer.Body).RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
    }

    /// <summary>Sends and classifies: the status code, or error:&lt;exception&gt; when no answer came.</summary>
    public async Task<Answer> Send(HttpRequestMessage request)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await Http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return new Answer((int)response.StatusCode, body, response.Content.Headers.ContentType?.MediaType,
                response.Headers.RetryAfter is not null, response.Headers.ETag?.Tag, watch.Elapsed.TotalMilliseconds, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new Answer(0, "", null, false, null, watch.Elapsed.TotalMilliseconds, e.GetType().Name);
        }
    }
}

public sealed record Answer(int Status, string Body, string? ContentType, bool RetryAfter, string? ETag, double Milliseconds, string? Error)
{
    public bool Ok => Status is >= 200 and < 300;
    public bool IsProblem => ContentType == "application/problem+json";
    public string Label => Error is not null ? "error" : Status == 503 && !RetryAfter ? "503-no-retry-after" : Status.ToString();
}

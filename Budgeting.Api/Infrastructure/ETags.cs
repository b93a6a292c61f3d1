using Microsoft.Net.Http.Headers;

namespace Budgeting.Api.Infrastructure;

/// <summary>A stream's version is its ETag ("7"); writes may send it back in If-Match.</summary>
public static class ETags
{
    public static string Format(long version) => $"\"{version}\"";

    public static long? IfMatch(HttpContext http)
    {
        var header = http.Request.Headers[HeaderNames.IfMatch].ToString();
        if (string.IsNullOrWhiteSpace(header) || header == "*") return null;
        var raw = header.Trim().TrimStart('W', '/').Trim('"');
        return long.TryParse(raw, out var version) ? version : -1;
    }

    public static IResult PreconditionFailed(long expected, long actual, IReadOnlyList<string> changes) => Results.Problem(
        statusCode: StatusCodes.Status412PreconditionFailed,
        title: "Stale version",
        detail: $"If-Match names version {expected} but the current version is {actual}; read it again and retry",
        extensions: new Dictionary<string, object?> { ["currentVersion"] = actual, ["changes"] = changes });

    public static IResult WithETag<T>(T body, long version) => new Tagged<T>(body, version);

    private sealed record Tagged<T>(T Body, long Version) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.Headers.ETag = Format(Version);
            return http.Response.WriteAsJsonAsync(Body);
        }
    }
}

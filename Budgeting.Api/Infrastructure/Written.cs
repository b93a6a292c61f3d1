namespace Budgeting.Api.Infrastructure;

/// <summary>The answer to an accepted command: the stream id and its new version, also as an ETag.</summary>
public sealed record Written(int StatusCode, Guid Id, long Version, string? Location) : IResult
{
    public Task ExecuteAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCode;
        http.Response.Headers.ETag = ETags.Format(Version);
        if (Location is not null) http.Response.Headers.Location = Location;
        return http.Response.WriteAsJsonAsync(new { id = Id, version = Version });
    }
}

using System.Text;

namespace Budgeting.Api.Infrastructure;

/// <summary>
/// A JSON body that is just <c>null</c> deserializes to no command at all, and Wolverine hands the endpoint a null
/// (a 500). Such a body is at most a few bytes: those are read ahead and refused as a 400 problem.
/// </summary>
public static class NullBodies
{
    private const int Ahead = 64;

    public static WebApplication UseNullBodyRejection(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            if (http.Request.ContentLength is null or <= Ahead && http.Request.HasJsonContentType() && await IsNull(http.Request))
            {
                await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request is invalid",
                    detail: "the request body must be a JSON object, not null",
                    extensions: new Dictionary<string, object?> { ["rule"] = "body-required" }).ExecuteAsync(http);
                return;
            }
            await next(http);
        });
        return app;
    }

    private static async Task<bool> IsNull(HttpRequest request)
    {
        request.EnableBuffering();
        var buffer = new byte[Ahead + 1];
        var read = 0;
        while (read < buffer.Length && await request.Body.ReadAsync(buffer.AsMemory(read)) is var n and > 0) read += n;
        request.Body.Position = 0;
        return read <= Ahead && Encoding.UTF8.GetString(buffer, 0, read).Trim() == "null";
    }
}

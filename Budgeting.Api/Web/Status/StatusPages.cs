using Budgeting.Api.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Budgeting.Api.Web.Status;

/// <summary>Which answers are pages (everything but the API, its documents and health), and their error pages.</summary>
public static class StatusPages
{
    public static bool IsPage(HttpContext http)
    {
        var path = http.Request.Path;
        return !Auth.IsApi(path) && !path.StartsWithSegments("/openapi") && !path.StartsWithSegments("/docs")
               && !path.StartsWithSegments("/health");
    }

    public static Task Write(HttpContext http, int status)
    {
        http.Response.StatusCode = status;
        return new RazorComponentResult<StatusPage>(new { Code = status }) { StatusCode = status }.ExecuteAsync(http);
    }
}

using Microsoft.AspNetCore.Diagnostics;

namespace Budgeting.Api.Web.Status;

public static class PageStatus
{
    /// <summary>A page answers with this status and renders its own body for it: no error page is put in its place.</summary>
    public static void Answer(this HttpContext http, int status)
    {
        if (http.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        http.Response.StatusCode = status;
    }
}

namespace Budgeting.Api.Web.Security;

/// <summary>
/// Headers on every answer: no MIME sniffing, no referrer beyond this site, never framed, and on pages a
/// Content-Security-Policy that allows only the engine's own scripts and styles (no inline script, no inline style).
/// The API reference at /docs keeps its own script loader and gets no policy.
/// </summary>
public static class SecurityHeaders
{
    public const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
                                 "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var formAction = app.Configuration["Auth:Authority"] is { } authority && Uri.TryCreate(authority, UriKind.Absolute, out var idp)
            ? $"{Policy} {idp.GetLeftPart(UriPartial.Authority)}"
            : Policy;
        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.XFrameOptions = "DENY";
            if (!http.Request.Path.StartsWithSegments("/docs")) headers.ContentSecurityPolicy = formAction;
            return next(http);
        });
        return app;
    }
}

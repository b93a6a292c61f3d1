using System.Text.Encodings.Web;
using System.Text.Unicode;
using Budgeting.Api.Web.Layout;
using Budgeting.Api.Web.OpenData;
using Budgeting.Api.Web.Security;
using Microsoft.Extensions.WebEncoders;
using Budgeting.Api.Web.SigningIn;

namespace Budgeting.Api.Web;

/// <summary>
/// The citizens' pages: Razor components rendered on the server (static SSR), in the engine's own process. They read the
/// read models in-process and send their forms through the same command path as the API (<see cref="PageCommands"/>).
/// </summary>
public static class WebRegistration
{
    public static IServiceCollection AddEngineWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents();
        // Hangul and every other script written as text, not as character references (a third of the page's size).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "budgeting.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddEngineRateLimits(configuration);
        services.AddScoped<PageCommands>();
        services.AddSingleton<StaticFiles>();
        return services;
    }

    /// <summary>The pages' middleware, after authentication: rate limits on posts, then antiforgery on forms.</summary>
    public static WebApplication UseEngineWeb(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>The stylesheet and scripts; a versioned URL (<see cref="StaticFiles"/>) is cached for a year.</summary>
    public static WebApplication UseEngineStaticFiles(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                if (context.Context.Request.Query.ContainsKey("v"))
                    context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            },
        });
        return app;
    }

    public static WebApplication MapEngineWeb(this WebApplication app)
    {
        app.MapPageSignIn();
        app.MapCultureSwitch();
        app.MapDownloads();
        app.MapRazorComponents<App>();
        return app;
    }
}

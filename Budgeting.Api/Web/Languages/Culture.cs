using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Budgeting.Api.Web;

/// <summary>
/// The pages' two languages: Korean first, English beside it. The request's language comes from <c>?culture=</c>, then the
/// culture cookie (set by the switch in the header), then Accept-Language.
/// </summary>
public static class Culture
{
    public const string Korean = "ko", English = "en";
    public static readonly CultureInfo[] Supported = [new(Korean), new(English)];

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English ? English : Korean;
    public static bool IsEnglish => Language == English;

    public static WebApplication UseEngineCultures(this WebApplication app)
    {
        app.UseRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Korean);
            o.SupportedCultures = Supported;
            o.SupportedUICultures = Supported;
        });
        return app;
    }

    /// <summary>The language switch: remembers the choice in the culture cookie for a year and goes back where the reader was.</summary>
    public static WebApplication MapCultureSwitch(this WebApplication app)
    {
        app.MapGet("/culture/{language}", (string language, string? returnUrl, HttpContext http) =>
        {
            if (language is not (Korean or English)) return Results.NotFound();
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true,
                    Secure = http.Request.IsHttps });
            return Results.Redirect(SigningIn.LocalUrl.OrHome(returnUrl));
        }).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}

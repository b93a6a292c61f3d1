using System.Security.Claims;
using Budgeting.Api.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Budgeting.Api.Web.SigningIn;

/// <summary>
/// Pages keep a cookie session; the API keeps its bearer tokens. In production the city's identity provider signs people
/// in over OpenID Connect (Auth:Authority with Auth:ClientId and Auth:ClientSecret), mapping the same claims as the API's
/// tokens; while the development key is in use, /dev/signin signs in as a demo persona instead.
/// </summary>
public static class PageSignIn
{
    public const string CookieScheme = "pages";
    public const string CityIdentity = "city-id";
    public static readonly string[] Claims = [Auth.SubjectClaim, Auth.RoleClaim, Auth.DistrictClaim, Auth.BirthDateClaim];

    public static bool UsesCityIdentity(IConfiguration configuration) =>
        configuration["Auth:Authority"] is not null && configuration["Auth:ClientId"] is not null;

    public static AuthenticationBuilder AddPageSignIn(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        authentication.AddCookie(CookieScheme, o =>
        {
            o.Cookie.Name = "budgeting.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/signin";
            o.ReturnUrlParameter = "returnUrl";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // A signed-in role that does not belong on a page gets its 403 page, not a redirect.
            o.Events.OnRedirectToAccessDenied = c =>
            {
                c.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        if (UsesCityIdentity(configuration)) authentication.AddOpenIdConnect(CityIdentity, o => CityIdentityOptions(o, configuration));
        return authentication;
    }

    private static void CityIdentityOptions(OpenIdConnectOptions o, IConfiguration configuration)
    {
        o.SignInScheme = CookieScheme;
        o.Authority = configuration["Auth:Authority"];
        o.ClientId = configuration["Auth:ClientId"];
        o.ClientSecret = configuration["Auth:ClientSecret"];
        o.ResponseType = "code";
        o.UsePkce = true;
        o.MapInboundClaims = false;
        o.GetClaimsFromUserInfoEndpoint = true;
        o.SaveTokens = false;
        foreach (var scope in (configuration["Auth:Scopes"] ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)) o.Scope.Add(scope);
        foreach (var claim in Claims) o.ClaimActions.MapUniqueJsonKey(claim, claim);
        o.TokenValidationParameters = new TokenValidationParameters { NameClaimType = Auth.SubjectClaim, RoleClaimType = Auth.RoleClaim };
        // The session keeps exactly the claims the API's tokens carry, nothing else the provider sends.
        o.Events.OnTicketReceived = c =>
        {
            c.Principal = Principal(c.Principal!.Claims);
            return Task.CompletedTask;
        };
    }

    public static ClaimsPrincipal Principal(IEnumerable<Claim> claims) => new(new ClaimsIdentity(
        claims.Where(c => Claims.Contains(c.Type)).Select(c => new Claim(c.Type, c.Value)),
        CookieScheme, Auth.SubjectClaim, Auth.RoleClaim));

    /// <summary>/signin starts the city's sign-in (or the demo personas in development); /signout ends the session.</summary>
    public static WebApplication MapPageSignIn(this WebApplication app)
    {
        var configuration = app.Configuration;
        app.MapGet("/signin", (string? returnUrl) =>
        {
            var target = LocalUrl.OrHome(returnUrl);
            if (UsesCityIdentity(configuration))
                return Results.Challenge(new AuthenticationProperties { RedirectUri = target }, [CityIdentity]);
            return Auth.UsesDevelopmentKey(configuration)
                ? Results.Redirect($"/dev/signin?returnUrl={Uri.EscapeDataString(target)}")
                : Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous().ExcludeFromDescription();
        // The antiforgery middleware checks the token and records the verdict; an endpoint that binds no form reads it itself.
        app.MapPost("/signout", async (HttpContext http) =>
        {
            if (http.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true }) return Results.BadRequest();
            await http.SignOutAsync(CookieScheme);
            return Results.Redirect("/");
        }).AllowAnonymous().ExcludeFromDescription().WithMetadata(new RequireAntiforgeryTokenAttribute());
        return app;
    }
}

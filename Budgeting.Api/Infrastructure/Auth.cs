using System.Security.Claims;
using System.Text;
using Budgeting.Domain.Common;
using Budgeting.Api.Web.SigningIn;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Budgeting.Api.Infrastructure;

/// <summary>
/// JWT bearer authentication. In production the city's identity provider issues tokens (Auth:Authority,
/// Auth:Audience). Without an authority, tokens are checked against Auth:SigningKey, which defaults to the
/// public development key that the `token` CLI command signs with.
/// </summary>
public static class Auth
{
    public const string Issuer = "budgeting-dev";
    public const string Audience = "budgeting";
    public const string DevelopmentKey = "budgeting-development-signing-key-not-for-production-use-0001";
    public const string RoleClaim = "role";
    public const string SubjectClaim = "sub";
    public const string DistrictClaim = "district";
    public const string BirthDateClaim = "birthdate";

    public static string SigningKey(IConfiguration configuration) => configuration["Auth:SigningKey"] ?? DevelopmentKey;

    public static bool UsesDevelopmentKey(IConfiguration configuration) =>
        configuration["Auth:Authority"] is null && SigningKey(configuration) == DevelopmentKey;

    /// <summary>The scheme that picks bearer tokens for the API and the pages' cookie session for everything else.</summary>
    public const string ByPath = "by-path";

    /// <summary>The API (bearer tokens only: a page's cookie never authorizes an API call).</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api");

    public static IServiceCollection AddEngineAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var authentication = services.AddAuthentication(ByPath)
            .AddPolicyScheme(ByPath, ByPath, o => o.ForwardDefaultSelector = http =>
                IsApi(http.Request.Path) ? JwtBearerDefaults.AuthenticationScheme : PageSignIn.CookieScheme);
        authentication.AddPageSignIn(configuration);
        authentication.AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            var authority = configuration["Auth:Authority"];
            if (authority is not null)
            {
                o.Authority = authority;
                o.Audience = configuration["Auth:Audience"] ?? Audience;
            }
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidateIssuer = authority is null,
                ValidIssuer = Issuer,
                ValidateAudience = true,
                ValidAudience = configuration["Auth:Audience"] ?? Audience,
                ValidateIssuerSigningKey = authority is null,
                IssuerSigningKey = authority is null ? Key(SigningKey(configuration)) : null,
                RoleClaimType = RoleClaim,
                NameClaimType = SubjectClaim,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
        services.AddAuthorization();
        return services;
    }

    public static string Mint(string signingKey, string role, string subject, string? district, string? birthDate, TimeSpan lifetime)
    {
        var claims = new Dictionary<string, object> { [RoleClaim] = role, [SubjectClaim] = subject };
        if (district is not null) claims[DistrictClaim] = district;
        if (birthDate is not null) claims[BirthDateClaim] = birthDate;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            Expires = DateTime.UtcNow.Add(lifetime),
            SigningCredentials = new SigningCredentials(Key(signingKey), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>The actor a signed-in user acts as: their pseudonymous subject and their role.</summary>
    public static Actor ToActor(this ClaimsPrincipal user) =>
        new(user.FindFirstValue(SubjectClaim) ?? "anonymous", user.FindFirstValue(RoleClaim) ?? "none");

    private static SymmetricSecurityKey Key(string secret) => new(Encoding.UTF8.GetBytes(secret));
}

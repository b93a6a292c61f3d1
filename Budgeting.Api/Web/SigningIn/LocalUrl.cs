namespace Budgeting.Api.Web.SigningIn;

/// <summary>Where a sign-in or a language switch may send the reader back: a path of this site, never another site.</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains('\n')
            ? url
            : "/";
}

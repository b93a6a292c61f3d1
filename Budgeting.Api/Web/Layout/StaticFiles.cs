using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Budgeting.Api.Web.Layout;

/// <summary>
/// The pages' stylesheet and scripts, served from wwwroot with a version taken from their content
/// (<c>/css/site.css?v=…</c>): a versioned URL is cached for a year, since a changed file gets another version. Plain
/// static files rather than MapStaticAssets: the engine runs from its build output, where MapStaticAssets' precompressed
/// copies do not exist and it answered an empty body to browsers that accept gzip.
/// </summary>
public sealed class StaticFiles(IWebHostEnvironment environment)
{
    private readonly ConcurrentDictionary<string, string> versions = new();

    public string this[string path] => $"/{path}?v={versions.GetOrAdd(path, Version)}";

    private string Version(string path)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(path);
        if (!file.Exists) throw new FileNotFoundException($"wwwroot/{path} is missing");
        using var stream = file.CreateReadStream();
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..12];
    }
}

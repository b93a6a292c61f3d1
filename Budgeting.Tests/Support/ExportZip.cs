using System.IO.Compression;
using Alba;

namespace Budgeting.Tests.Support;

public static class ExportZip
{
    /// <summary>The zip an export answered with, and the text of its entries by name.</summary>
    public static async Task<Dictionary<string, string>> Entries(IScenarioResult result)
    {
        using var body = new MemoryStream();
        if (result.Context.Response.Body.CanSeek) result.Context.Response.Body.Position = 0;
        await result.Context.Response.Body.CopyToAsync(body);
        body.Position = 0;
        using var zip = new ZipArchive(body);
        var entries = new Dictionary<string, string>();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            entries[entry.Name] = await reader.ReadToEndAsync();
        }
        return entries;
    }
}

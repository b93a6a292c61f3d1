using System.Text.Json;
using Alba;

namespace Budgeting.Tests.Support;

public static class Problem
{
    /// <summary>Asserts an RFC 9457 problem document and returns it.</summary>
    public static JsonElement Of(IScenarioResult result)
    {
        Assert.StartsWith("application/problem+json", result.Context.Response.ContentType);
        var doc = JsonDocument.Parse(result.ReadAsText()).RootElement.Clone();
        Assert.True(doc.TryGetProperty("status", out _), "a problem document has a status");
        Assert.True(doc.TryGetProperty("title", out _), "a problem document has a title");
        return doc;
    }

    public static void NamesField(IScenarioResult result, string field, string rule)
    {
        var doc = Of(result);
        Assert.Equal(field, doc.GetProperty("field").GetString());
        Assert.Equal(rule, doc.GetProperty("rule").GetString());
    }
}

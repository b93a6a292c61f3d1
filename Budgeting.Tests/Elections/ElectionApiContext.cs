using System.Text.Json;
using Alba;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Elections;

public abstract class ElectionApiContext(AppFixture app) : ApiContext(app)
{
    protected async Task<IScenarioResult> Upload(string text, string? role, int expectedStatus, string fileName = "krakow.pb") =>
        await Host.Scenario(s =>
        {
            s.Post.Text(text).ToUrl("/api/elections/imports").QueryString("fileName", fileName);
            if (role is not null) s.WithRequestHeader("Authorization", Bearer(role));
            s.StatusCodeShouldBe(expectedStatus);
        });

    protected async Task<Guid> Imported(string text) => Body(await Upload(text, Role.Admin, 201)).GetProperty("id").GetGuid();

    protected async Task<string> GetText(string url, int expectedStatus = 200)
    {
        var result = await Host.Scenario(s => { s.Get.Url(url); s.StatusCodeShouldBe(expectedStatus); });
        return await result.ReadAsTextAsync();
    }

    protected static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();
}

using System.Text.Json;
using Alba;
using Budgeting.Api.Infrastructure;
using Marten;

namespace Budgeting.Tests.Support;

/// <summary>Base for API scenarios: data reset before each test, clock back at the fixture's start.</summary>
[Collection(ApiCollection.Name)]
public abstract class ApiContext(AppFixture app) : IAsyncLifetime
{
    protected AppFixture App { get; } = app;
    protected IAlbaHost Host => App.Host;

    public async Task InitializeAsync()
    {
        App.Clock.Reset(AppFixture.Start);
        await Host.ResetAllMartenDataAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    protected static string Bearer(string role, string subject = "") => "Bearer " + AppFixture.Token(role, subject);

    protected async Task<IScenarioResult> Post(string url, object body, string? role, int expectedStatus, string subject = "")
    {
        return await Host.Scenario(s =>
        {
            s.Post.Json(body, JsonStyle.MinimalApi).ToUrl(url);
            if (role is not null) s.WithRequestHeader("Authorization", Bearer(role, subject));
            s.StatusCodeShouldBe(expectedStatus);
        });
    }

    protected async Task<JsonElement> GetJson(string url, int expectedStatus = 200)
    {
        var result = await Host.Scenario(s =>
        {
            s.Get.Url(url);
            s.StatusCodeShouldBe(expectedStatus);
        });
        return JsonDocument.Parse(await result.ReadAsTextAsync()).RootElement.Clone();
    }

    protected static JsonElement Body(IScenarioResult result) =>
        JsonDocument.Parse(result.ReadAsText()).RootElement.Clone();

    protected static T Read<T>(IScenarioResult result) => JsonSerializer.Deserialize<T>(result.ReadAsText(), Json.Options)!;
}

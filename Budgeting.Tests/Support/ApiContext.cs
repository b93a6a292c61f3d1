using System.Text.Json;
using Alba;
using Budgeting.Api.Infrastructure;
using Budgeting.Api.Proposals.Reading;
using Marten;
using Microsoft.Extensions.DependencyInjection;

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
        await ResetData();
    }

    /// <summary>
    /// A previous test's phase-deadline message may still be running (its schedule is in the past of the machine's
    /// clock, so it fires at once) and lock a stream while the reset truncates: PostgreSQL then aborts one of them.
    /// </summary>
    private async Task ResetData()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await Host.ResetAllMartenDataAsync();
                Host.Services.GetRequiredService<ListCache>().Advance();
                return;
            }
            catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.DeadlockDetected && attempt < 3)
            {
            }
        }
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

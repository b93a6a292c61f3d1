using Alba;
using Budgeting.Api.Infrastructure;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Budgeting.Tests.Support;

/// <summary>
/// The real engine on the real PostgreSQL that ops/test started (database BUDGETING_DB), with a
/// controllable clock. One host per test run; each test resets the data it sees.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    public static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 0, 30);

    public FakeClock Clock { get; } = new(Start);
    public IAlbaHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("BUDGETING_SEED", "off");
        Environment.SetEnvironmentVariable("BUDGETING_ALLOW_RESET", "on");
        // Scenarios post hundreds of suggestions and ballots as one subject; RateLimitTests checks the limits themselves.
        Environment.SetEnvironmentVariable("RateLimits__SuggestionsPerMinute", "1000000");
        Environment.SetEnvironmentVariable("RateLimits__BallotsPerMinute", "1000000");
        Environment.SetEnvironmentVariable("BUDGETING_DB", Environment.GetEnvironmentVariable("BUDGETING_DB") ?? "budgeting_test");
        Host = await StartHost(Clock);
    }

    /// <summary>Another engine process on the same database; a schema of its own keeps its messages apart; <paramref name="multiNode"/> as BUDGETING_NODES=multi.</summary>
    public static Task<IAlbaHost> StartHost(IClock clock, string? schema = null, bool multiNode = false,
        IReadOnlyDictionary<string, string>? settings = null) =>
        AlbaHost.For<Program>(builder =>
        {
            if (schema is not null) builder.UseSetting("BUDGETING_SCHEMA", schema);
            if (multiNode) builder.UseSetting("BUDGETING_NODES", "multi");
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
            builder.ConfigureServices(services => services.AddSingleton(clock));
        });

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public static string Token(string role, string subject = "", string? district = null, string? birthDate = null) =>
        Auth.Mint(Auth.DevelopmentKey, role, subject == "" ? $"{role}-1" : subject, district, birthDate, TimeSpan.FromHours(1));
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "api";
}

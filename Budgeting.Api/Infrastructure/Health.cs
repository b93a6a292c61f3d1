using Budgeting.Api.Seeding;
using Marten;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Budgeting.Api.Infrastructure;

public static class Health
{
    public static IServiceCollection AddEngineHealth(this IServiceCollection services, EngineSettings settings)
    {
        services.AddHealthChecks()
            .AddNpgSql(settings.ConnectionString, name: "database", tags: ["ready"])
            .AddCheck<SeedCheck>("seed", tags: ["ready"])
            .AddCheck<ProjectionsCheck>("projections", tags: ["ready"]);
        return services;
    }

    /// <summary>/health/live: the process answers. /health/ready: database reachable, seed done, projections caught up.</summary>
    public static WebApplication MapEngineHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") })
            .AllowAnonymous();
        return app;
    }
}

internal sealed class SeedCheck(SeedStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken token) =>
        Task.FromResult(status.Done ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("demo seed still running"));
}

internal sealed class ProjectionsCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken token)
    {
        var statistics = await store.Advanced.FetchEventStoreStatistics(token: token);
        var shards = await store.Advanced.AllProjectionProgress(token: token);
        var behind = shards.Where(s => s.ShardName != "HighWaterMark" && s.Sequence < statistics.EventSequenceNumber)
            .Select(s => s.ShardName).ToList();
        return behind.Count == 0 || statistics.EventCount == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded("projections catching up: " + string.Join(", ", behind));
    }
}

using Budgeting.Api.Infrastructure;

namespace Budgeting.Api.Seeding;

public static class SeedRegistration
{
    public static IServiceCollection AddEngineSeed(this IServiceCollection services, EngineSettings settings)
    {
        var status = new SeedStatus();
        services.AddSingleton(status);
        if (settings.SeedDemo) services.AddHostedService<DemoSeeder>();
        else status.MarkDone();
        return services;
    }
}

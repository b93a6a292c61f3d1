using NodaTime;

namespace Budgeting.Api.Infrastructure;

public static class Clock
{
    /// <summary>Decisions read time only from this injected clock; tests replace it with a FakeClock.</summary>
    public static IServiceCollection AddEngineClock(this IServiceCollection services)
    {
        services.AddSingleton<IClock>(SystemClock.Instance);
        return services;
    }
}

using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Budgeting.Api.Infrastructure;

public static class Telemetry
{
    /// <summary>Traces and metrics from ASP.NET Core, Npgsql, Wolverine and Marten, exported over OTLP only when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set.</summary>
    public static IServiceCollection AddEngineTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration["BUDGETING_LOG_FORMAT"] == "json")
            services.AddLogging(l => l.AddJsonConsole(o => { o.IncludeScopes = true; o.UseUtcTimestamp = true; }));
        if (string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"])) return services;
        services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("budgeting-engine"))
            .WithTracing(t => t.AddAspNetCoreInstrumentation().AddNpgsql()
                .AddSource("Wolverine", "Marten").AddOtlpExporter())
            .WithMetrics(m => m.AddAspNetCoreInstrumentation()
                .AddMeter("Wolverine", "Marten", "Npgsql").AddOtlpExporter());
        return services;
    }
}

using Budgeting.Api.Audit.Chain;
using Budgeting.Api.Audit.Exporting;
using Budgeting.Api.Audit.Verifying;
using Budgeting.Api.Infrastructure;

namespace Budgeting.Api.Audit;

public static class AuditRegistration
{
    /// <summary>The hash chain (installed after Marten's schema), verification, export and its files. Register after the store.</summary>
    public static IServiceCollection AddEngineAudit(this IServiceCollection services)
    {
        services.AddSingleton<AuditDatabase>();
        services.AddHostedService<SchemaStepsOnStart>();
        SqlInstaller.Register(services, "chain", ChainSql.Install);
        SqlInstaller.Register(services, "counting", Budgeting.Api.Cycles.Counting.CountingSql.Install);
        services.AddSingleton<ISchemaStep, Budgeting.Api.Proposals.Reading.ListOrderIndexes>();
        services.AddHostedService<Budgeting.Api.Cycles.Counting.BallotCheckpointer>();
        services.AddTransient<DatabaseVerification>();
        services.AddTransient<AuditExport>();
        foreach (var file in typeof(IExportFile).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IExportFile).IsAssignableFrom(t))
                     .OrderBy(t => t.Name))
            services.AddSingleton(typeof(IExportFile), file);
        return services;
    }
}

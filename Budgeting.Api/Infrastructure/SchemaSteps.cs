using JasperFx;
using Marten;
using Wolverine.Runtime;

namespace Budgeting.Api.Infrastructure;

/// <summary>The whole schema, as the <c>schema apply</c> command and the Pabulib import apply it: Wolverine's message
/// tables, Marten's, then the engine's own steps in order. Every part is idempotent.</summary>
public static class EngineSchema
{
    public static async Task<IReadOnlyList<string>> Apply(IServiceProvider services, CancellationToken token)
    {
        var applied = new List<string>();
        await services.GetRequiredService<IWolverineRuntime>().Storage.Admin.MigrateAsync();
        applied.Add("wolverine");
        await services.GetRequiredService<IDocumentStore>().Storage.ApplyAllConfiguredChangesToDatabaseAsync(AutoCreate.CreateOrUpdate);
        applied.Add("marten");
        foreach (var step in services.GetServices<ISchemaStep>())
        {
            await step.Apply(token);
            applied.Add(step.Name);
        }
        return applied;
    }
}

/// <summary>A piece of the engine's own schema applied after Marten's (SQL of its own, indexes Marten does not manage).</summary>
public interface ISchemaStep
{
    string Name { get; }

    Task Apply(CancellationToken token);
}

/// <summary>
/// Applies every <see cref="ISchemaStep"/> in registration order when the node starts (hosted services start after
/// Marten's, in registration order), unless the operator applies the schema with <c>schema apply</c> instead
/// (BUDGETING_APPLY_SCHEMA=off).
/// </summary>
public sealed class SchemaStepsOnStart(EngineSettings settings, IEnumerable<ISchemaStep> steps) : IHostedService
{
    public async Task StartAsync(CancellationToken token)
    {
        if (!settings.ApplySchemaOnStart) return;
        foreach (var step in steps) await step.Apply(token);
    }

    public Task StopAsync(CancellationToken token) => Task.CompletedTask;
}

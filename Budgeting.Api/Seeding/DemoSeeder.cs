using Budgeting.Projections.Cycles;
using Marten;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Budgeting.Api.Seeding;

/// <summary>
/// Seeds an empty database with a demo history by calling the engine's own HTTP API with development
/// tokens, so the demo data went through the same commands, checks and events as real use.
/// </summary>
internal sealed class DemoSeeder(
    IHostApplicationLifetime lifetime, IServer server, IDocumentStore store, SeedStatus status,
    ILogger<DemoSeeder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await WhenStarted(stoppingToken);
        try
        {
            await using var query = store.QuerySession();
            if (await query.Query<CycleView>().AnyAsync(stoppingToken))
            {
                logger.LogInformation("Database already holds data; demo seed skipped");
            }
            else
            {
                var address = server.Features.Get<IServerAddressesFeature>()!.Addresses.First();
                using var http = new HttpClient { BaseAddress = new Uri(address) };
                await new DemoScript(new SeedClient(http), logger).Run(stoppingToken);
                logger.LogInformation("Demo seed done");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Demo seed failed; the engine stays up without it");
        }
        finally
        {
            status.MarkDone();
        }
    }

    private Task WhenStarted(CancellationToken token)
    {
        var started = new TaskCompletionSource();
        lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        token.Register(() => started.TrySetCanceled());
        return started.Task;
    }
}

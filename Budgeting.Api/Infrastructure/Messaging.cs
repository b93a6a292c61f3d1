using JasperFx;
using JasperFx.Core;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Http;

namespace Budgeting.Api.Infrastructure;

public static class Messaging
{
    /// <summary>Wolverine: handlers, durable outbox on Marten, transactional middleware, HTTP endpoints.</summary>
    public static IHostBuilder AddEngineMessaging(this IHostBuilder host, EngineSettings settings) => host.UseWolverine(opts =>
    {
        opts.UseRuntimeCompilation();
        opts.Durability.Mode = settings.MultiNode ? DurabilityMode.Balanced : DurabilityMode.Solo;
        opts.OnException<ConcurrencyException>().RetryWithCooldown(50.Milliseconds(), 100.Milliseconds(), 250.Milliseconds());
        opts.Policies.AutoApplyTransactions();
        opts.Policies.UseDurableLocalQueues();
        opts.Policies.UseDurableOutboxOnAllSendingEndpoints();
        opts.Services.AddWolverineHttp();
    });

    public static void ConfigureEngineEndpoints(this WolverineHttpOptions opts)
    {
        opts.RequireAuthorizeOnAll();
        opts.RejectUnparseableQueryValues = true;
    }
}

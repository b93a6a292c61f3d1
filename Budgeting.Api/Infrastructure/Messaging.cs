using Wolverine;
using Wolverine.Http;

namespace Budgeting.Api.Infrastructure;

public static class Messaging
{
    /// <summary>Wolverine: handlers, durable outbox on Marten, transactional middleware, HTTP endpoints.</summary>
    public static IHostBuilder AddEngineMessaging(this IHostBuilder host) => host.UseWolverine(opts =>
    {
        opts.UseRuntimeCompilation();
        opts.Policies.AutoApplyTransactions();
        opts.Policies.UseDurableLocalQueues();
        opts.Policies.UseDurableOutboxOnAllSendingEndpoints();
        opts.Services.AddWolverineHttp();
    });

    public static void ConfigureEngineEndpoints(this WolverineHttpOptions opts)
    {
        opts.RequireAuthorizeOnAll();
    }
}

using JasperFx;
using JasperFx.Core;
using Budgeting.Api.Cycles.Scheduling;
using Npgsql;
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
        opts.OnException(e => Transient.IsDatabaseUnavailable(e) || e is PostgresException { SqlState: "40P01" })
            .RetryWithCooldown(100.Milliseconds(), 500.Milliseconds(), 2.Seconds()).Then.ScheduleRetry(10.Seconds(), 30.Seconds());
        opts.Policies.AutoApplyTransactions();
        opts.Policies.UseDurableLocalQueues();
        opts.Policies.UseDurableOutboxOnAllSendingEndpoints();
        opts.PublishMessage<PhaseDeadlineReached>().ToLocalQueue("phase-deadlines");
        opts.LocalQueue("phase-deadlines").Sequential();
        opts.Services.AddWolverineHttp();
    });

    public static void ConfigureEngineEndpoints(this WolverineHttpOptions opts)
    {
        opts.RequireAuthorizeOnAll();
        opts.RejectUnparseableQueryValues = true;
    }
}

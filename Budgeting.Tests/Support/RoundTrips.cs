using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Budgeting.Tests.Support;

/// <summary>
/// Counts the engine's round trips to PostgreSQL per HTTP request, from the traces Npgsql and ASP.NET Core write: every
/// command or batch Npgsql sends is one activity of the "Npgsql" source, in the trace of the request that sent it (work
/// of the async daemon and of Wolverine's agents runs outside any request's trace and is not counted). Only requests
/// served by the given host count: the listeners are the process's, and the browser tests' engine serves Chromium at
/// the same time.
/// </summary>
public sealed class RoundTrips : IDisposable
{
    private const string RequestIn = "Microsoft.AspNetCore.Hosting.HttpRequestIn";
    private readonly ActivityListener listener;
    private readonly IDisposable hosting;
    private readonly ConcurrentBag<IDisposable> subscriptions = [];
    private readonly ConcurrentQueue<Activity> requests = new(), commands = new();
    private readonly ConcurrentDictionary<ActivityTraceId, bool> served = new();

    public RoundTrips(IServiceProvider host)
    {
        var server = host.GetRequiredService<IServer>();
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql") commands.Enqueue(activity);
                else if (activity.OperationName == RequestIn && served.ContainsKey(activity.TraceId)) requests.Enqueue(activity);
            },
        };
        ActivitySource.AddActivityListener(listener);
        // Which host serves a request is known from its HttpContext, which ASP.NET Core's diagnostic events carry.
        hosting = DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(source =>
        {
            if (source.Name == "Microsoft.AspNetCore")
                subscriptions.Add(source.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
                {
                    if (e is { Key: RequestIn + ".Start", Value: HttpContext context } && Activity.Current is { } request
                        && ReferenceEquals(context.RequestServices.GetService<IServer>(), server))
                        served[request.TraceId] = true;
                })));
        }));
    }

    /// <summary>The statements (one entry a round trip) sent while serving each request so far, in the order the requests began.</summary>
    public IReadOnlyList<IReadOnlyList<string>> PerRequest() =>
        requests.OrderBy(r => r.StartTimeUtc)
            .Select(r => (IReadOnlyList<string>)commands.Where(c => c.TraceId == r.TraceId && c.Kind == ActivityKind.Client)
                .OrderBy(c => c.StartTimeUtc).Select(c => $"{c.GetTagItem("db.query.text")}").ToList())
            .ToList();

    public void Dispose()
    {
        hosting.Dispose();
        foreach (var subscription in subscriptions) subscription.Dispose();
        listener.Dispose();
    }

    private sealed class Observer<T>(Action<T> next) : IObserver<T>
    {
        public void OnNext(T value) => next(value);
        public void OnError(Exception error) { }
        public void OnCompleted() { }
    }
}

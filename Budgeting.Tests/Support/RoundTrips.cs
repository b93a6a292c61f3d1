using System.Collections.Concurrent;
using System.Diagnostics;

namespace Budgeting.Tests.Support;

/// <summary>
/// Counts the engine's round trips to PostgreSQL per HTTP request, from the traces Npgsql and ASP.NET Core write: every
/// command or batch Npgsql sends is one activity of the "Npgsql" source, in the trace of the request that sent it (work
/// of the async daemon and of Wolverine's agents runs outside any request's trace and is not counted).
/// </summary>
public sealed class RoundTrips : IDisposable
{
    private readonly ActivityListener listener;
    private readonly ConcurrentQueue<Activity> requests = new(), commands = new();

    public RoundTrips()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.Source.Name == "Npgsql") commands.Enqueue(activity);
                else if (activity.OperationName == "Microsoft.AspNetCore.Hosting.HttpRequestIn") requests.Enqueue(activity);
            },
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>The statements (one entry a round trip) sent while serving each request so far, in the order the requests began.</summary>
    public IReadOnlyList<IReadOnlyList<string>> PerRequest() =>
        requests.OrderBy(r => r.StartTimeUtc)
            .Select(r => (IReadOnlyList<string>)commands.Where(c => c.TraceId == r.TraceId && c.Kind == ActivityKind.Client)
                .OrderBy(c => c.StartTimeUtc).Select(c => $"{c.GetTagItem("db.query.text")}").ToList())
            .ToList();

    public void Dispose() => listener.Dispose();
}

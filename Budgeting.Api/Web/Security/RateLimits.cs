using System.Threading.RateLimiting;
using Budgeting.Api.Infrastructure;

namespace Budgeting.Api.Web.Security;

/// <summary>
/// Suggestions and ballots per minute, for pages and the API alike, per signed-in subject (per client address when
/// nobody is signed in). The defaults are more than a real person sends; the load generator, ops/bench and ops/drill
/// raise them (RateLimits__SuggestionsPerMinute, RateLimits__BallotsPerMinute). Over the limit: 429 with Retry-After.
/// RateLimits__ConcurrentWrites (0, off, by default) bounds how many suggestions, ballots and public supports (the
/// citizens' mass writes; through the API or a page) a node serves at once, queueing the rest oldest first: fewer
/// writes reaching PostgreSQL at once cost it less each when it is saturated (BENCHMARKS.md, "A concurrency limit on
/// writes"). Reads are never queued behind it. ops/run, ops/bench and ops/drill, which run an engine beside its own
/// PostgreSQL, set it to 2 × the machine's cores.
/// </summary>
public static class RateLimits
{
    public const int DefaultSuggestionsPerMinute = 10, DefaultBallotsPerMinute = 30;

    public static IServiceCollection AddEngineRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var suggestions = configuration.GetValue("RateLimits:SuggestionsPerMinute", DefaultSuggestionsPerMinute);
        var ballots = configuration.GetValue("RateLimits:BallotsPerMinute", DefaultBallotsPerMinute);
        var concurrent = configuration.GetValue("RateLimits:ConcurrentWrites", 0);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            var perSubject = PartitionedRateLimiter.Create<HttpContext, string>(http => Kind(http) switch
            {
                "suggestion" => Window($"suggestion\n{Who(http)}", suggestions),
                "ballot" => Window($"ballot\n{Who(http)}", ballots),
                _ => RateLimitPartition.GetNoLimiter(""),
            });
            // The queue first: ASP.NET Core's middleware tries the chain once without waiting before it waits on it, and a
            // window's permit, once taken, is not given back when a later limiter of the chain refuses. With the window
            // first, every write that queued would count twice against its subject's allowance.
            o.GlobalLimiter = concurrent > 0 ? PartitionedRateLimiter.CreateChained(AtOnce(concurrent), perSubject) : perSubject;
            o.OnRejected = (context, _) =>
            {
                var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString();
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>
    /// Which limits a request counts against: a suggestion or a ballot (its subject's per-minute window and the write
    /// queue) or a public support (the write queue only), through the API or a page; "" for none.
    /// </summary>
    private static string Kind(HttpContext http) => Kind(http.Request.Method, http.Request.Path.Value ?? "");

    /// <summary>Whether requests to this method and path (or route template) count against a limit and may be answered 429.</summary>
    public static bool Limits(string method, string path) => Kind(method, path) != "";

    private static string Kind(string method, string path)
    {
        if (HttpMethods.IsDelete(method) && IsSupports(path)) return "support";
        if (!HttpMethods.IsPost(method)) return "";
        if (path is "/api/proposals" or "/proposals/new") return "suggestion";
        if (path.StartsWith("/api/cycles/", StringComparison.Ordinal) && path.EndsWith("/ballots", StringComparison.Ordinal)
            || path.StartsWith("/cycles/", StringComparison.Ordinal) && path.EndsWith("/ballot", StringComparison.Ordinal))
            return "ballot";
        return IsSupports(path) || IsProposalPage(path) ? "support" : "";
    }

    private static bool IsSupports(string path) =>
        path.StartsWith("/api/proposals/", StringComparison.Ordinal) && path.EndsWith("/supports", StringComparison.Ordinal);

    /// <summary>A proposal's page, which posts its forms to itself: support and its withdrawal among them.</summary>
    private static bool IsProposalPage(string path) =>
        path.StartsWith("/proposals/", StringComparison.Ordinal) && path.IndexOf('/', "/proposals/".Length) < 0 && path != "/proposals/new";

    private static string Who(HttpContext http) => http.User.Identity?.IsAuthenticated == true
        ? "sub:" + http.User.ToActor().Id
        : "ip:" + http.Connection.RemoteIpAddress;

    /// <summary>One queue for all of a node's suggestions, ballots and supports: each holds its permit until its answer is sent.</summary>
    private static PartitionedRateLimiter<HttpContext> AtOnce(int writes) => PartitionedRateLimiter.Create<HttpContext, string>(http =>
        Kind(http) == ""
            ? RateLimitPartition.GetNoLimiter("")
            : RateLimitPartition.GetConcurrencyLimiter("writes", _ => new ConcurrencyLimiterOptions
                { PermitLimit = writes, QueueLimit = 100_000, QueueProcessingOrder = QueueProcessingOrder.OldestFirst }));

    private static RateLimitPartition<string> Window(string key, int perMinute) => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
        new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}

using System.Threading.RateLimiting;
using Budgeting.Api.Web.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Budgeting.Tests.Web;

/// <summary>RateLimits:ConcurrentWrites queues a node's suggestions and ballots beyond the limit; reads never wait behind them.</summary>
public class ConcurrentWritesTests
{
    [Fact]
    public async Task with_one_write_at_once_a_second_ballot_waits_for_the_first_while_reads_pass()
    {
        var limiter = GlobalLimiter(new() { ["RateLimits:ConcurrentWrites"] = "1" });
        using var first = await limiter.AcquireAsync(Request("POST", $"/api/cycles/{Guid.NewGuid()}/ballots"));
        Assert.True(first.IsAcquired);

        var second = limiter.AcquireAsync(Request("POST", "/api/proposals")).AsTask();
        using (var read = limiter.AttemptAcquire(Request("GET", "/api/proposals"))) Assert.True(read.IsAcquired);
        await WaitsUntilReleased(first, second);
    }

    [Theory]
    [InlineData("POST", "/api/proposals/{0}/supports")]
    [InlineData("DELETE", "/api/proposals/{0}/supports")]
    [InlineData("POST", "/proposals/{0}")]
    public async Task a_public_support_through_the_api_or_the_proposal_page_waits_its_turn_behind_a_ballot(string method, string path)
    {
        var limiter = GlobalLimiter(new() { ["RateLimits:ConcurrentWrites"] = "1" });
        using var ballot = await limiter.AcquireAsync(Request("POST", $"/api/cycles/{Guid.NewGuid()}/ballots"));

        var support = limiter.AcquireAsync(Request(method, string.Format(path, Guid.NewGuid()))).AsTask();
        using (var page = limiter.AttemptAcquire(Request("GET", $"/proposals/{Guid.NewGuid()}"))) Assert.True(page.IsAcquired);
        using (var signOut = limiter.AttemptAcquire(Request("POST", "/signout"))) Assert.True(signOut.IsAcquired);
        await WaitsUntilReleased(ballot, support);
    }

    [Fact]
    public async Task without_the_setting_writes_are_not_queued()
    {
        var limiter = GlobalLimiter([]);
        using var first = await limiter.AcquireAsync(Request("POST", $"/api/cycles/{Guid.NewGuid()}/ballots"));
        using var second = limiter.AttemptAcquire(Request("POST", $"/api/cycles/{Guid.NewGuid()}/ballots"));
        Assert.True(first.IsAcquired && second.IsAcquired);
    }

    [Fact]
    public async Task a_ballot_that_waited_for_its_turn_counts_once_against_its_voters_allowance()
    {
        var limiter = GlobalLimiter(new() { ["RateLimits:ConcurrentWrites"] = "1", ["RateLimits:BallotsPerMinute"] = "2" });
        var ballot = $"/api/cycles/{Guid.NewGuid()}/ballots";
        using var first = await AsTheMiddleware(limiter, Request("POST", ballot));
        Assert.True(first.IsAcquired);

        await WaitsUntilReleased(first, AsTheMiddleware(limiter, Request("POST", ballot)));

        using var third = await AsTheMiddleware(limiter, Request("POST", ballot));
        Assert.False(third.IsAcquired);
    }

    /// <summary>The waiting write is not served while <paramref name="held"/> holds the only permit, and is once it is released.</summary>
    private static async Task WaitsUntilReleased(RateLimitLease held, Task<RateLimitLease> waiting)
    {
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);
        held.Dispose();
        using var served = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(served.IsAcquired);
    }

    /// <summary>As ASP.NET Core's rate-limiting middleware asks the global limiter: once without waiting, then waiting.</summary>
    private static async Task<RateLimitLease> AsTheMiddleware(PartitionedRateLimiter<HttpContext> limiter, HttpContext request)
    {
        var lease = limiter.AttemptAcquire(request);
        if (lease.IsAcquired) return lease;
        lease.Dispose();
        return await limiter.AcquireAsync(request);
    }

    private static PartitionedRateLimiter<HttpContext> GlobalLimiter(Dictionary<string, string?> settings)
    {
        settings.TryAdd("RateLimits:SuggestionsPerMinute", "1000");
        settings.TryAdd("RateLimits:BallotsPerMinute", "1000");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddEngineRateLimits(configuration).BuildServiceProvider()
            .GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
    }

    private static DefaultHttpContext Request(string method, string path) => new() { Request = { Method = method, Path = path } };
}

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
        await Task.Delay(200);
        Assert.False(second.IsCompleted);

        first.Dispose();
        using var granted = await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(granted.IsAcquired);
    }

    [Fact]
    public async Task without_the_setting_writes_are_not_queued()
    {
        var limiter = GlobalLimiter([]);
        using var first = await limiter.AcquireAsync(Request("POST", $"/api/cycles/{Guid.NewGuid()}/ballots"));
        using var second = limiter.AttemptAcquire(Request("POST", $"/api/cycles/{Guid.NewGuid()}/ballots"));
        Assert.True(first.IsAcquired && second.IsAcquired);
    }

    private static PartitionedRateLimiter<HttpContext> GlobalLimiter(Dictionary<string, string?> settings)
    {
        settings["RateLimits:SuggestionsPerMinute"] = settings["RateLimits:BallotsPerMinute"] = "1000";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddEngineRateLimits(configuration).BuildServiceProvider()
            .GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
    }

    private static DefaultHttpContext Request(string method, string path) => new() { Request = { Method = method, Path = path } };
}

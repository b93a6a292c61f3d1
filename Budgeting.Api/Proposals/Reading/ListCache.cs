using Budgeting.Api.Infrastructure;
using Budgeting.Projections.Participation;
using Budgeting.Projections.Proposals;
using Marten;
using Marten.Services;
using Microsoft.AspNetCore.OutputCaching;

namespace Budgeting.Api.Proposals.Reading;

/// <summary>
/// The public list, answered from memory while nothing it shows has changed. Every cached page is keyed by its query
/// string and by the list's generation, read before the page is queried; a commit that appends events or writes list
/// items or support tallies (or deletes anything) advances the generation after it is committed. A page queried before a commit can therefore only be stored
/// under a generation nobody asks for any more: no reader sees a page older than the last commit it could have seen.
/// The output cache answers anonymous requests only (ASP.NET Core's default policy); <see cref="ProposalListReader"/>
/// keeps the pages themselves under the same generation, for signed-in readers and the web pages.
/// One node only: another node's commits cannot advance this node's generation, so with BUDGETING_NODES=multi the
/// list is not cached.
/// </summary>
public sealed class ListCache(bool enabled) : DocumentSessionListenerBase
{
    public bool Enabled => enabled;

    public const string Policy = "proposal-list";
    private long generation;

    public long Generation => Interlocked.Read(ref generation);

    /// <summary>Anything written outside this engine's sessions (a test's reset, a restore) must call this.</summary>
    public void Advance() => Interlocked.Increment(ref generation);

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        if (commit.GetEvents().Any() || commit.Deleted.Any() || commit.Inserted.Concat(commit.Updated).Any(d => d is ProposalListItem or SupportTally))
            Advance();
        return Task.CompletedTask;
    }

    public void Configure(OutputCacheOptions options)
    {
        options.SizeLimit = 32 * 1024 * 1024;
        options.AddPolicy(Policy, policy =>
        {
            if (!enabled) policy.NoCache();
            else policy.Expire(TimeSpan.FromMinutes(1)).VaryByValue(_ => new("generation", Generation.ToString()));
        });
    }
}

public static class ListCaching
{
    public static IServiceCollection AddEngineListCache(this IServiceCollection services, EngineSettings settings)
    {
        var cache = new ListCache(!settings.MultiNode);
        services.AddSingleton(cache);
        services.ConfigureMarten(opts => opts.Listeners.Add(cache));
        services.AddOutputCache(cache.Configure);
        services.AddSingleton<ProposalListReader>();
        return services;
    }
}

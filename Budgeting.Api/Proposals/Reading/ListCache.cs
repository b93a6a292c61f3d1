using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Cycles.Voting;
using Budgeting.Projections.Participation;
using Budgeting.Projections.Proposals;
using Marten;
using Marten.Services;
using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace Budgeting.Api.Proposals.Reading;

/// <summary>
/// The public list, answered from memory while nothing it shows has changed. Every cached page is keyed by its query
/// string and by the list's generation, read before the page is queried; a commit that appends events or writes list
/// items or support tallies (or deletes anything) advances the generation after it is committed. A page queried before a commit can therefore only be stored
/// under a generation nobody asks for any more: no reader sees a page older than the last commit it could have seen.
/// The output cache answers anonymous requests only (ASP.NET Core's default policy); <see cref="ProposalListReader"/>
/// keeps the pages themselves under the same generation, for signed-in readers and the web pages.
/// With BUDGETING_NODES=multi another node's commits cannot advance this node's counter, so the key also holds the sum
/// of the database's <c>list_generations</c> (64 rows, bumped by a trigger inside every transaction that appends events
/// or writes the list's documents; see <see cref="Budgeting.Api.Cycles.Counting.CountingSql"/>), read before the page:
/// a write acknowledged on any node has already moved it, so no node serves a page older than that write.
/// </summary>
public sealed class ListCache(bool enabled, NpgsqlDataSource? shared = null, string schema = "public") : DocumentSessionListenerBase, IDisposable
{
    public bool Enabled => enabled;

    /// <summary>True when the generation is also read from the database (several engine nodes on one PostgreSQL).</summary>
    public bool Shared => shared is not null;

    public const string Policy = "proposal-list";
    private long generation;

    public long Generation => Interlocked.Read(ref generation);

    /// <summary>The key a page is kept under: this node's counter, and on several nodes the database's generation too.</summary>
    public async ValueTask<string> Current(CancellationToken token)
    {
        var local = Generation;
        if (shared is null) return local.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var command = shared.CreateCommand($"select coalesce(sum(n), 0) from {schema}.list_generations");
        var database = Convert.ToInt64(await command.ExecuteScalarAsync(token), System.Globalization.CultureInfo.InvariantCulture);
        return $"{local}.{database}";
    }

    public void Dispose() => shared?.Dispose();

    /// <summary>Anything written outside this engine's sessions (a test's reset, a restore) must call this.</summary>
    public void Advance() => Interlocked.Increment(ref generation);

    public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
    {
        // Ballots do not change the list (as the database's generation triggers also say): on a vote day the list stays
        // cached between the other writes.
        if (commit.GetEvents().Any(e => e.Data is not (BallotCast or BallotReplaced)) || commit.Deleted.Any() || commit.Inserted.Concat(commit.Updated).Any(d => d is ProposalDetails or SupportTally))
            Advance();
        return Task.CompletedTask;
    }

    public void Configure(OutputCacheOptions options)
    {
        options.SizeLimit = 32 * 1024 * 1024;
        options.AddPolicy(Policy, policy =>
        {
            if (!enabled) policy.NoCache();
            else policy.Expire(TimeSpan.FromMinutes(1)).VaryByValue(async (_, token) =>
                new KeyValuePair<string, string>("generation", await Current(token)));
        });
    }
}

public static class ListCaching
{
    public static IServiceCollection AddEngineListCache(this IServiceCollection services, EngineSettings settings)
    {
        var cache = settings.MultiNode
            ? new ListCache(true, NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(settings.ConnectionString) { MaxPoolSize = 16 }),
                Budgeting.Api.Audit.Chain.ChainSql.Checked(settings.SchemaName))
            : new ListCache(true);
        services.AddSingleton(cache);
        services.ConfigureMarten(opts => opts.Listeners.Add(cache));
        services.AddOutputCache(cache.Configure);
        services.AddSingleton<ListSearch>();
        services.AddSingleton<ProposalListReader>();
        return services;
    }
}

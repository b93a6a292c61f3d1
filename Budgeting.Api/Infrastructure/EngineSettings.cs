using Npgsql;

namespace Budgeting.Api.Infrastructure;

/// <summary>
/// Where the engine's database is. The fixed environment variables (BUDGETING_PG_PORT, BUDGETING_DB)
/// are those ops/run, ops/test and ops/db use; ConnectionStrings__Budgeting overrides them all.
/// BUDGETING_ALLOW_RESET=on lets the engine's sessions truncate or delete events (tests reset data; see docs/audit.md).
/// Npgsql prepares the statements a connection sends most (<see cref="AutoPrepared"/>): PostgreSQL then parses and
/// plans them once per connection instead of once per command. A connection string that names
/// <c>Max Auto Prepare</c> keeps its own value (0 behind a pooler that cannot hold prepared statements). The proposal
/// list's search runs on connections of its own (<see cref="SearchConnectionString"/>) whose plans are made for each
/// execution's own values (<see cref="CustomPlans"/>); every other statement is planned as PostgreSQL chooses. An
/// operator's <c>Options</c> that set plan_cache_mode win for both.
/// BUDGETING_APPLY_SCHEMA=off: the node applies no schema when it starts (no DDL rights needed); the operator runs
/// <c>schema apply</c> (Cli/SchemaCommand) before the nodes of a new version start.
/// </summary>
public sealed record EngineSettings(string ConnectionString, bool SeedDemo, string SchemaName, bool MultiNode, bool ApplySchemaOnStart = true)
{
    /// <summary>Connections per node for the list's search (<see cref="SearchConnectionString"/>), beside <see cref="DefaultPool"/>.</summary>
    public const int SearchPool = 20;

    public const int DefaultPgPort = 55433;
    public const int AutoPrepared = 64;
    /// <summary>
    /// Connections per node unless the connection string names its own <c>Maximum Pool Size</c>: N nodes on one
    /// PostgreSQL need N × the pool within its <c>max_connections</c> (ops/ starts PostgreSQL with 200).
    /// </summary>
    public const int DefaultPool = 100;

    /// <summary>
    /// The list's search is planned for each execution's own values: after five runs of a prepared statement PostgreSQL
    /// would otherwise try one generic plan for every pattern, and the text filter cannot use its trigram index without
    /// seeing the pattern (a page took seconds). On every connection this re-planned each command's statements, and
    /// planning was a sixth of PostgreSQL's CPU under a vote (BENCHMARKS.md), hence connections of the search's own.
    /// </summary>
    public const string CustomPlans = "-c plan_cache_mode=force_custom_plan";

    /// <summary>
    /// The connection string of the list's search: the engine's own, with custom plans (<see cref="CustomPlans"/>) unless
    /// its <c>Options</c> set plan_cache_mode, in a pool of at most <see cref="SearchPool"/>.
    /// </summary>
    public string SearchConnectionString
    {
        get
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { MaxPoolSize = SearchPool };
            if (builder.Options?.Contains("plan_cache_mode") != true)
                builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? CustomPlans : $"{builder.Options} {CustomPlans}";
            return builder.ConnectionString;
        }
    }

    public static EngineSettings From(IConfiguration configuration)
    {
        var explicitConnection = configuration.GetConnectionString("Budgeting");
        var builder = new NpgsqlConnectionStringBuilder(explicitConnection ?? DefaultConnection(configuration))
        {
            NoResetOnClose = true,
        };
        if (!Names(explicitConnection, "Maximum Pool Size") && !Names(explicitConnection, "MaxPoolSize")) builder.MaxPoolSize = DefaultPool;
        if (!Names(explicitConnection, "Max Auto Prepare")) builder.MaxAutoPrepare = AutoPrepared;
        var options = new List<string>();
        if (!string.IsNullOrWhiteSpace(builder.Options)) options.Add(builder.Options);
        if (configuration["BUDGETING_ALLOW_RESET"] == "on") options.Add("-c budgeting.allow_reset=on");
        builder.Options = string.Join(' ', options);
        var seed = configuration["BUDGETING_SEED"] == "demo";
        return new EngineSettings(builder.ConnectionString, seed, configuration["BUDGETING_SCHEMA"] ?? "budgeting",
            configuration["BUDGETING_NODES"] == "multi", configuration["BUDGETING_APPLY_SCHEMA"] != "off");
    }

    private static bool Names(string? connectionString, string keyword) =>
        connectionString is not null && new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>().Any(k => k.Replace(" ", "").Equals(keyword.Replace(" ", ""), StringComparison.OrdinalIgnoreCase));

    private static string DefaultConnection(IConfiguration configuration)
    {
        var port = configuration["BUDGETING_PG_PORT"] ?? DefaultPgPort.ToString();
        var database = configuration["BUDGETING_DB"] ?? "budgeting";
        return $"Host=127.0.0.1;Port={port};Database={database};Username=postgres";
    }
}

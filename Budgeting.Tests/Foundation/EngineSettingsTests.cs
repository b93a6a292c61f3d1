using Budgeting.Api.Infrastructure;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Budgeting.Tests.Foundation;

public class EngineSettingsTests
{
    [Fact]
    public void the_engine_prepares_its_most_used_statements_by_default() =>
        Assert.Equal(EngineSettings.AutoPrepared, Prepared(new Dictionary<string, string?> { ["BUDGETING_PG_PORT"] = "55499" }));

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;MaxAutoPrepare=10", 10)]
    [InlineData("Host=db", EngineSettings.AutoPrepared)]
    public void an_operators_connection_string_keeps_its_own_choice(string connection, int prepared) =>
        Assert.Equal(prepared, Prepared(new Dictionary<string, string?> { ["ConnectionStrings:Budgeting"] = connection }));

    [Theory]
    [InlineData("Host=db;Maximum Pool Size=30", 30)]
    [InlineData("Host=db;MaxPoolSize=12", 12)]
    [InlineData("Host=db", EngineSettings.DefaultPool)]
    [InlineData(null, EngineSettings.DefaultPool)]
    public void an_operators_connection_string_sizes_the_nodes_pool(string? connection, int pool) =>
        Assert.Equal(pool, new NpgsqlConnectionStringBuilder(EngineSettings.From(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Budgeting"] = connection }).Build())
            .ConnectionString).MaxPoolSize);

    [Theory]
    [InlineData(null, "", "-c plan_cache_mode=force_custom_plan")]
    [InlineData("Host=db;Options=-c statement_timeout=5000", "-c statement_timeout=5000", "-c statement_timeout=5000 -c plan_cache_mode=force_custom_plan")]
    [InlineData("Host=db;Options=-c plan_cache_mode=auto", "-c plan_cache_mode=auto", "-c plan_cache_mode=auto")]
    public void only_the_lists_search_plans_each_query_for_its_own_values(string? connection, string engine, string search)
    {
        var values = new Dictionary<string, string?> { ["ConnectionStrings:Budgeting"] = connection };
        var settings = EngineSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        Assert.Equal(engine, new NpgsqlConnectionStringBuilder(settings.ConnectionString).Options ?? "");
        Assert.Equal(search, new NpgsqlConnectionStringBuilder(settings.SearchConnectionString).Options);
        Assert.Equal(EngineSettings.SearchPool, new NpgsqlConnectionStringBuilder(settings.SearchConnectionString).MaxPoolSize);
    }

    [Fact]
    public async Task the_engines_sessions_let_postgresql_choose_their_plans()
    {
        var settings = EngineSettings.From(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        await using var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync();
        await using var show = new NpgsqlCommand("show plan_cache_mode", connection);
        Assert.Equal("auto", await show.ExecuteScalarAsync());
    }

    private static int Prepared(Dictionary<string, string?> values) =>
        new NpgsqlConnectionStringBuilder(EngineSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .ConnectionString).MaxAutoPrepare;
}

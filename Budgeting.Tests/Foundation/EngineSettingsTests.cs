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

    private static int Prepared(Dictionary<string, string?> values) =>
        new NpgsqlConnectionStringBuilder(EngineSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .ConnectionString).MaxAutoPrepare;
}

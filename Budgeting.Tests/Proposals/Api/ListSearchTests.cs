using Budgeting.Api.Proposals.Reading;
using Budgeting.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Budgeting.Tests.Proposals.Api;

public class ListSearchTests(AppFixture app) : ProposalContext(app)
{
    [Fact]
    public async Task the_lists_search_plans_each_query_for_its_words_on_a_few_pooled_connections()
    {
        var search = Host.Services.GetRequiredService<ListSearch>();
        var seen = new List<string>();
        for (var i = 0; i < 30; i++)
        {
            await using var session = await search.Open(CancellationToken.None);
            seen.Add((await session.Query.QueryAsync<string>("select current_setting('plan_cache_mode') || ' ' || pg_backend_pid()")).Single());
        }

        Assert.All(seen, s => Assert.StartsWith("force_custom_plan ", s));
        Assert.Single(seen.Distinct());
        await using var engine = Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Equal("auto", (await engine.QueryAsync<string>("select current_setting('plan_cache_mode')")).Single());
    }
}

using Budgeting.Domain.Proposals;
using Budgeting.Projections.Proposals;
using Budgeting.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Budgeting.Tests.Proposals.Api;

public class ListingTests(AppFixture app) : ProposalContext(app)
{
    [Fact]
    public async Task korean_text_is_found_by_any_part_of_a_word()
    {
        var cycle = await OpenCycle();
        var playground = await Suggest(cycle, "어린이놀이터 그늘막 설치");
        await Suggest(cycle, "경로당 디지털 교육");
        await Suggest(cycle, "Night-time safe walking routes");

        foreach (var q in new[] { "놀이", "어린이놀이터", "그늘", "터 그" })
        {
            var found = await GetJson($"/api/proposals?q={Uri.EscapeDataString(q)}");
            Assert.Equal(playground, Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        }
        Assert.Equal(1, (await GetJson("/api/proposals?q=NIGHT")).GetProperty("total").GetInt64());
        Assert.Equal(0, (await GetJson("/api/proposals?q=도서관")).GetProperty("total").GetInt64());
        // Both pieces of 놀이놀 (놀이, 이놀) are in the playground's text (어린이놀이터), the word is not.
        Assert.Equal(0, (await GetJson($"/api/proposals?q={Uri.EscapeDataString("놀이놀")}")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task the_list_filters_by_status_cycle_district_and_category_and_pages()
    {
        var city = await OpenCycle();
        var mapo = await OpenCycle("mapo-gu");
        var admitted = await Admitted(city);
        for (var i = 0; i < 4; i++) await Suggest(mapo, $"마포 제안 {i}");

        var byStatus = await GetJson("/api/proposals?status=admitted");
        Assert.Equal(admitted, Assert.Single(byStatus.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal("admitted", byStatus.GetProperty("items")[0].GetProperty("status").GetString());
        Assert.Equal(4, (await GetJson($"/api/proposals?cycleId={mapo}&district=mapo-gu&category=safety")).GetProperty("total").GetInt64());

        var page = await GetJson("/api/proposals?page=2&pageSize=2&sort=title");
        Assert.Equal((2, 2, 5L), (page.GetProperty("page").GetInt32(), page.GetProperty("pageSize").GetInt32(), page.GetProperty("total").GetInt64()));
        Assert.Equal("마포 제안 2", page.GetProperty("items")[0].GetProperty("title").GetString());
        Assert.Equal(5, (await GetJson("/api/proposals?pageSize=200")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task past_a_thousand_matches_the_total_is_a_lower_bound_until_the_last_page_counts_them()
    {
        var cycle = await OpenCycle();
        var at = NodaTime.Instant.FromUtc(2026, 3, 2, 9, 0);
        await using (var session = App.Store.LightweightSession())
        {
            // The proposal read model as the projection writes it, 1,001 times over (1,001 suggestions would take minutes).
            session.Store(Enumerable.Range(0, 1001).Select(i => new ProposalDetails
            {
                Id = Guid.NewGuid(), CycleId = cycle, Title = $"제안 {i}", Description = "공원 벤치", Category = "safety", District = "city",
                Status = ProposalStatus.Suggested, SuggestedAt = at + NodaTime.Duration.FromSeconds(i), UpdatedAt = at + NodaTime.Duration.FromSeconds(i),
            }).ToArray());
            await session.SaveChangesAsync();
        }

        var first = await GetJson($"/api/proposals?cycleId={cycle}&q=공원");
        Assert.Equal((1000L, false), (first.GetProperty("total").GetInt64(), first.GetProperty("totalIsExact").GetBoolean()));
        var last = await GetJson($"/api/proposals?cycleId={cycle}&q=공원&page=51");
        Assert.Equal((1001L, true), (last.GetProperty("total").GetInt64(), last.GetProperty("totalIsExact").GetBoolean()));
        var narrower = await GetJson($"/api/proposals?cycleId={cycle}&q=제안 99");
        Assert.Equal((11L, true), (narrower.GetProperty("total").GetInt64(), narrower.GetProperty("totalIsExact").GetBoolean()));
    }

    [Fact]
    public async Task a_database_from_before_the_single_read_model_loses_the_lists_former_table_and_functions_at_start()
    {
        var schema = App.Store.Options.DatabaseSchemaName;
        await using var connection = App.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        async Task<long> Scalar(string sql)
        {
            await using var command = new Npgsql.NpgsqlCommand(sql, connection);
            return Convert.ToInt64(await command.ExecuteScalarAsync());
        }
        await Scalar($"create table {schema}.mt_doc_proposallistitem (id uuid primary key, data jsonb); " +
                     $"create function {schema}.mt_upsert_proposallistitem(doc jsonb) returns int language sql as 'select 1'; select 0");

        await App.Host.Services.GetServices<Budgeting.Api.Infrastructure.ISchemaStep>().Single(s => s.Name == "list-indexes")
            .Apply(CancellationToken.None);

        Assert.Equal(0, await Scalar($"select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace " +
                                     $"where n.nspname = '{schema}' and c.relname = 'mt_doc_proposallistitem'"));
        Assert.Equal(0, await Scalar($"select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace " +
                                     $"where n.nspname = '{schema}' and p.proname like 'mt%proposallistitem'"));
        Assert.Equal(2, await Scalar($"select count(*) from pg_indexes where schemaname = '{schema}' and tablename = 'mt_doc_proposaldetails' " +
                                     "and indexname in ('proposals_by_cycle', 'proposals_by_cycle_status')"));
    }

    [Fact]
    public void the_pairs_column_holds_every_two_character_piece_once() =>
        Assert.Equal(["공원", "원 ", " 공"], ProposalDetails.Pairs("공원 공원"));

    [Theory]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("status=approved", "status")]
    [InlineData("cycleId=nope", "cycleId")]
    [InlineData("sort=cost", "sort")]
    [InlineData("category=parks", "category")]
    public async Task bad_list_parameters_are_a_400_naming_the_parameter(string query, string field)
    {
        var result = await Host.Scenario(s => { s.Get.Url($"/api/proposals?{query}"); s.StatusCodeShouldBe(400); });
        Assert.Equal(field, Problem.Of(result).GetProperty("field").GetString());
    }
}

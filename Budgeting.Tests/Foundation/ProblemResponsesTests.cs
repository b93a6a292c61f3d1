using System.Text.Json;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Foundation;

/// <summary>The problem responses the served OpenAPI document lists come from one rule (ProblemResponses), not per endpoint.</summary>
public class ProblemResponsesTests(AppFixture app) : ApiContext(app)
{
    [Fact]
    public async Task a_command_on_the_routed_record_documents_400_404_409_and_412_and_its_sign_in()
    {
        var problems = ProblemStatuses(await Operation("/api/proposals/{id}/admission", "post"));
        Assert.Equal(["400", "401", "403", "404", "409", "412"], problems);
    }

    [Fact]
    public async Task an_anonymous_list_documents_400_for_its_query_and_no_sign_in()
    {
        var problems = ProblemStatuses(await Operation("/api/proposals", "get"));
        Assert.Equal(["400"], problems);
    }

    [Fact]
    public async Task a_signed_in_read_without_route_or_query_values_documents_only_401_and_403()
    {
        var problems = ProblemStatuses(await Operation("/api/me/notifications", "get"));
        Assert.Equal(["401", "403"], problems);
    }

    [Fact]
    public async Task a_write_that_ignores_if_match_has_no_412_and_a_rate_limited_one_has_429()
    {
        var ballot = ProblemStatuses(await Operation("/api/cycles/{id}/ballots", "post"));
        Assert.Equal(["400", "401", "403", "404", "409", "429"], ballot);
    }

    [Fact]
    public async Task a_status_the_rule_does_not_imply_stays_declared_on_its_endpoint()
    {
        var problems = ProblemStatuses(await Operation("/api/elections/imports", "post"));
        Assert.Equal(["400", "401", "403", "409", "413"], problems);
    }

    private async Task<JsonElement> Operation(string path, string method) =>
        (await GetJson("/openapi/v1.json")).GetProperty("paths").GetProperty(path).GetProperty(method);

    private static List<string> ProblemStatuses(JsonElement operation) => operation.GetProperty("responses").EnumerateObject()
        .Where(r => r.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out _))
        .Select(r => r.Name).Order().ToList();
}

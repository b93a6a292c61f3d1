using System.Text.Json;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Foundation;

/// <summary>The problem responses the served OpenAPI document lists come from one rule (ProblemResponses), not per endpoint.</summary>
public class ProblemResponsesTests(AppFixture app) : ApiContext(app)
{
    [Theory]
    // a command on the record its route names, for a signed-in role: body, record, conflict, stale If-Match
    [InlineData("/api/proposals/{id}/admission", "post", "400 401 403 404 409 412")]
    // an anonymous list: only its query values can be refused, and nobody needs to sign in
    [InlineData("/api/proposals", "get", "400")]
    // a signed-in read with neither route nor query values
    [InlineData("/api/me/notifications", "get", "401 403")]
    // a rate-limited write that starts a stream of its own and never reads If-Match: 429, no 412
    [InlineData("/api/cycles/{id}/ballots", "post", "400 401 403 404 409 429")]
    // a write queued with the others when the node limits writes at once: 429 when its queue is full
    [InlineData("/api/proposals/{id}/supports", "post", "400 401 403 404 409 429")]
    // a status the rule does not imply stays declared on its endpoint (413)
    [InlineData("/api/elections/imports", "post", "400 401 403 409 413")]
    public async Task an_operation_documents_the_problem_responses_the_rule_gives_it(string path, string method, string statuses)
    {
        var operation = (await GetJson("/openapi/v1.json")).GetProperty("paths").GetProperty(path).GetProperty(method);
        Assert.Equal(statuses.Split(' '), ProblemStatuses(operation));
    }

    private static List<string> ProblemStatuses(JsonElement operation) => operation.GetProperty("responses").EnumerateObject()
        .Where(r => r.Value.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out _))
        .Select(r => r.Name).Order().ToList();
}

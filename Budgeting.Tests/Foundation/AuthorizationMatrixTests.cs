using Budgeting.Domain.Common;
using Budgeting.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Budgeting.Tests.Foundation;

/// <summary>
/// Every write endpoint the engine serves against every role, checked against the roles table of DOMAIN.md written
/// out here by hand. A new write endpoint without a row fails the first test: add its row from DOMAIN.md. The pages'
/// forms post to their pages' own paths and have a matrix of their own (<c>Web.PageAuthorizationTests</c>).
/// </summary>
public class AuthorizationMatrixTests(AppFixture app) : ApiContext(app)
{
    private const string Anonymous = "anonymous";
    private static readonly string[] Everyone = [Anonymous, .. Role.All];
    private static readonly string[] Proposer = [Role.Citizen, Role.Officer];
    private static readonly string[] Officer = [Role.Officer];
    private static readonly string[] Committee = [Role.Committee];
    private static readonly string[] Admin = [Role.Admin];
    private static readonly string[] Citizen = [Role.Citizen];

    private static readonly Dictionary<string, string[]> MayWrite = new()
    {
        ["POST /api/proposals"] = Proposer,
        ["POST /api/proposals/{id}/revisions"] = Proposer,
        ["POST /api/proposals/{id}/withdrawal"] = Proposer,
        ["POST /api/proposals/{id}/appeal"] = Proposer,
        ["DELETE /api/proposals/{id}/personal-data"] = Proposer,
        ["POST /api/proposals/{id}/deliberation"] = Officer,
        ["POST /api/proposals/{id}/discussions"] = Officer,
        ["POST /api/proposals/{id}/cost-estimates"] = Officer,
        ["POST /api/proposals/{id}/feasibility-assessments"] = Officer,
        ["POST /api/proposals/{id}/admission"] = Officer,
        ["POST /api/proposals/{id}/decline"] = Officer,
        ["POST /api/proposals/{id}/appeal-decision"] = Officer,
        ["POST /api/proposals/{id}/implementation"] = Officer,
        ["POST /api/proposals/{id}/milestones"] = Officer,
        ["POST /api/proposals/{id}/spending"] = Officer,
        ["POST /api/proposals/{id}/overrun-approvals"] = Officer,
        ["POST /api/proposals/{id}/completion"] = Officer,
        ["POST /api/proposals/{id}/evaluations"] = [Role.Auditor, Role.Committee],
        ["POST /api/proposals/{id}/funding-adjustments"] = Admin,
        ["POST /api/proposals/{id}/supports"] = Citizen,
        ["DELETE /api/proposals/{id}/supports"] = Citizen,
        ["POST /api/proposals/{id}/department-answer"] = Officer,
        ["POST /api/proposals/{id}/mayor-answer"] = Admin,
        ["POST /api/proposals/{id}/forum/stance"] = Citizen,
        ["POST /api/proposals/{id}/forum/arguments"] = Citizen,
        ["POST /api/proposals/{id}/survey-counts"] = Officer,
        ["POST /api/proposals/{id}/comments"] = Citizen,
        ["POST /api/comments/{id}/revisions"] = Citizen,
        ["POST /api/comments/{id}/flags"] = Citizen,
        ["POST /api/comments/{id}/appeal"] = Citizen,
        ["POST /api/comments/{id}/body-erasure"] = Proposer,
        ["POST /api/comments/{id}/hiding"] = Officer,
        ["POST /api/comments/{id}/flag-dismissal"] = Officer,
        ["POST /api/comments/{id}/appeal-decision"] = Officer,
        ["POST /api/cycles"] = Admin,
        ["POST /api/cycles/{id}/phase/advance"] = Admin,
        ["POST /api/cycles/{id}/phase/extend"] = Admin,
        ["POST /api/cycles/{id}/envelope"] = Admin,
        ["POST /api/cycles/{id}/rule"] = Admin,
        ["POST /api/cycles/{id}/committee"] = Admin,
        ["POST /api/cycles/{id}/committee/{memberId}/removal"] = Admin,
        ["POST /api/cycles/{id}/scores"] = Committee,
        ["POST /api/cycles/{id}/conflicts"] = Committee,
        ["POST /api/cycles/{id}/recommendation"] = Committee,
        ["POST /api/cycles/{id}/allocation"] = Committee,
        ["POST /api/cycles/{id}/ballots"] = [Role.Citizen],
        ["DELETE /api/cycles/{id}/voter-records"] = Admin,
        ["POST /api/elections/imports"] = Admin,
    };

    [Fact]
    public void every_write_endpoint_has_a_row_in_the_roles_table()
    {
        Assert.NotEmpty(WriteEndpoints());
        var missing = WriteEndpoints().Where(e => !MayWrite.ContainsKey(e)).ToList();
        Assert.True(missing.Count == 0, "write endpoints without a row in the roles table: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task every_role_is_let_through_or_turned_away_as_the_roles_table_says()
    {
        var wrong = new List<string>();
        foreach (var endpoint in WriteEndpoints().Where(MayWrite.ContainsKey))
        foreach (var role in Everyone)
        {
            var status = await Send(endpoint, role);
            var expected = role == Anonymous ? "401" : MayWrite[endpoint].Contains(role) ? "neither 401 nor 403" : "403";
            var fits = role == Anonymous ? status == 401 : MayWrite[endpoint].Contains(role) ? status is not (401 or 403) : status == 403;
            if (!fits) wrong.Add($"{endpoint} as {role}: {status}, expected {expected}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private List<string> WriteEndpoints() => Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
        .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
            .Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE")
            .Select(m => $"{m} /{e.RoutePattern.RawText!.TrimStart('/')}"))
        .Distinct().Order().ToList();

    private async Task<int> Send(string endpoint, string role)
    {
        var method = endpoint.Split(' ')[0];
        var url = endpoint.Split(' ')[1].Replace("{id}", Guid.NewGuid().ToString()).Replace("{memberId}", "committee-9");
        var result = await Host.Scenario(s =>
        {
            if (method == "DELETE") s.Delete.Url(url);
            else
            {
                s.Post.Text("{}").ToUrl(url);
                s.WithRequestHeader("Content-Type", "application/json");
            }
            if (role != Anonymous) s.WithRequestHeader("Authorization", Bearer(role));
            s.IgnoreStatusCode();
        });
        return result.Context.Response.StatusCode;
    }
}

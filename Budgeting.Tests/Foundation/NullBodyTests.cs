using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Foundation;

public class NullBodyTests(AppFixture app) : ApiContext(app)
{
    [Theory]
    [InlineData("/api/proposals", Role.Citizen, "null")]
    [InlineData("/api/cycles", Role.Admin, " null\n")]
    [InlineData("/api/proposals/0195a5e0-0000-7000-8000-000000000001/decline", Role.Officer, "null")]
    public async Task a_json_null_body_is_a_400_problem_document_not_a_500(string url, string role, string body)
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Text(body).ToUrl(url);
            s.WithRequestHeader("Content-Type", "application/json");
            s.WithRequestHeader("Authorization", Bearer(role));
            s.StatusCodeShouldBe(400);
        });
        Assert.Equal("body-required", Problem.Of(result).GetProperty("rule").GetString());
    }
}

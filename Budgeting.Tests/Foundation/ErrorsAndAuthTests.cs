using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Foundation;

public class ErrorsAndAuthTests(AppFixture app) : ApiContext(app)
{
    private static readonly object ValidCycle = new { name = "Seoul 2027", scope = "city", fiscalYear = 2027, envelope = 10_000_000_000 };

    [Fact]
    public async Task a_write_without_a_token_is_401_with_a_problem_document()
    {
        var result = await Post("/api/cycles", ValidCycle, role: null, 401);
        Assert.Equal(401, Problem.Of(result).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task a_token_signed_with_another_key_is_401()
    {
        var forged = Budgeting.Api.Infrastructure.Auth.Mint("some-other-key-that-is-long-enough-for-hmac-256!!", Role.Admin,
            "mallory", null, null, TimeSpan.FromHours(1));
        await Host.Scenario(s =>
        {
            s.Post.Json(ValidCycle).ToUrl("/api/cycles");
            s.WithRequestHeader("Authorization", "Bearer " + forged);
            s.StatusCodeShouldBe(401);
        });
    }

    [Theory]
    [InlineData(Role.Citizen)]
    [InlineData(Role.Officer)]
    [InlineData(Role.Committee)]
    [InlineData(Role.Auditor)]
    public async Task only_an_administrator_opens_a_cycle(string role)
    {
        var result = await Post("/api/cycles", ValidCycle, role, 403);
        Problem.Of(result);
        var cycles = await GetJson("/api/cycles");
        Assert.Equal(0, cycles.GetArrayLength());
    }

    [Fact]
    public async Task malformed_json_is_a_400_problem_document_not_a_500()
    {
        var result = await Host.Scenario(s =>
        {
            s.Post.Text("{not json").ToUrl("/api/cycles");
            s.WithRequestHeader("Content-Type", "application/json");
            s.WithRequestHeader("Authorization", Bearer(Role.Admin));
            s.StatusCodeShouldBe(400);
        });
        Assert.Equal(400, Problem.Of(result).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task a_fractional_won_amount_is_rejected_as_malformed()
    {
        var result = await Post("/api/cycles", new { name = "Seoul 2027", scope = "city", fiscalYear = 2027, envelope = 10.5 },
            Role.Admin, 400);
        Problem.Of(result);
    }
}

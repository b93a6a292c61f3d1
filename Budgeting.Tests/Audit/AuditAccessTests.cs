using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Audit;

public class AuditAccessTests(AppFixture app) : AuditContext(app)
{
    public static readonly TheoryData<string> Endpoints = new() { "/api/audit/verify", "/api/audit/export", "/api/audit/events" };

    [Theory, MemberData(nameof(Endpoints))]
    public async Task anonymous_callers_get_401(string url) =>
        await Host.Scenario(s => { s.Get.Url(url); s.StatusCodeShouldBe(401); });

    [Theory, MemberData(nameof(Endpoints))]
    public async Task citizens_and_officers_get_403(string url)
    {
        foreach (var role in new[] { Role.Citizen, Role.Officer, Role.Committee })
            await Host.Scenario(s => { s.Get.Url(url); s.WithRequestHeader("Authorization", Bearer(role)); s.StatusCodeShouldBe(403); });
    }

    [Theory, MemberData(nameof(Endpoints))]
    public async Task auditors_and_administrators_get_200(string url)
    {
        foreach (var role in new[] { Role.Auditor, Role.Admin })
            await Host.Scenario(s => { s.Get.Url(url); s.WithRequestHeader("Authorization", Bearer(role)); s.StatusCodeShouldBe(200); });
    }
}

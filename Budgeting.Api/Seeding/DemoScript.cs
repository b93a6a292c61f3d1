using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Api.Seeding;

/// <summary>The demo history, step by step, as the people of the programme would have made it.</summary>
internal sealed class DemoScript(SeedClient api, ILogger logger)
{
    private const string Admin = "admin-demo-1";

    public async Task Run(CancellationToken token)
    {
        var year = Seoul.FiscalYearOf(SystemClock.Instance.GetCurrentInstant());
        var municipal = await api.Post(Role.Admin, Admin, "/api/cycles", new
        {
            name = $"서울시 시민참여예산 {year} (Seoul municipal participatory budget)",
            scope = Seoul.CityWide,
            fiscalYear = year,
            envelope = Seoul.MunicipalEnvelope.Value,
            rule = "mes_cost_add1_greedy",
            voting = new { kind = "approval", minProjects = 1, maxProjects = DemoVoting.MaxProjects, minimumAge = 14 },
        }, token);
        var district = await api.Post(Role.Admin, Admin, "/api/cycles", new
        {
            name = $"마포구 주민참여예산 {year} (Mapo-gu district budget)",
            scope = "mapo-gu",
            fiscalYear = year,
            envelope = 500_000_000L,
        }, token);
        var seongdong = await api.Post(Role.Admin, Admin, "/api/cycles", new
        {
            name = $"성동구 주민참여예산 {year} (seongdong-gu district budget)",
            scope = "seongdong-gu",
            fiscalYear = year,
            envelope = 300_000_000L,
            participation = DemoParticipation.Thresholds,
        }, token);
        await api.Post(Role.Admin, Admin, "/api/cycles", new
        {
            name = $"은평구 주민참여예산 {year} (eunpyeong-gu district budget)",
            scope = "eunpyeong-gu",
            fiscalYear = year,
            envelope = 300_000_000L,
        }, token);
        logger.LogInformation("Seeded cycles {Municipal} and {District}", municipal, district);
        await new DemoProposals(api, token).Run(municipal, district);
        await new DemoAllocation(api, token).Run(district);
        await new DemoVoting(api, token).Run(municipal);
        await new DemoParticipation(api, token).Run(seongdong);
    }
}

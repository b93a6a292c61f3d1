using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Api.Seeding;

/// <summary>Citizens' proposals in the demo cycles, walked through deliberation by officers, in many states.</summary>
internal sealed class DemoProposals(SeedClient api, CancellationToken token)
{
    private const string Officer = "officer-demo-1";
    private readonly string _lastWeek = SystemClock.Instance.GetCurrentInstant().InZone(Seoul.Zone).Date.PlusDays(-7).ToString("yyyy-MM-dd", null);

    public async Task Run(Guid municipal, Guid mapo)
    {
        await Suggest("citizen-demo-01", municipal, "한강공원 무장애 산책로 조성", "휠체어와 유모차가 다닐 수 있도록 한강공원 산책로의 턱을 없애고 경사로를 설치합니다.", "welfare", "city", 450_000_000);
        await Suggest("citizen-demo-02", municipal, "Multilingual signage at subway transfer stations", "Add Korean, English, Chinese and Japanese wayfinding signs at the ten busiest transfer stations.", "transport", "city", 120_000_000);
        await Suggest("citizen-demo-03", mapo, "망원시장 공영 자전거 보관소", "망원시장 입구에 지붕이 있는 자전거 보관소를 설치해 주차 문제를 줄입니다.", "transport", "mapo-gu", 40_000_000);
        await Deliberated(await Suggest("citizen-demo-04", municipal, "어린이놀이터 그늘막 설치", "여름철 폭염에 대비해 공공 어린이놀이터 100곳에 그늘막을 설치합니다.", "safety", "city", 800_000_000));
        await Deliberated(await Suggest("citizen-demo-05", municipal, "Rooftop gardens on district libraries", "Turn the flat roofs of public libraries into community gardens run by residents.", "environment", "city", 300_000_000));
        await Deliberated(await Field("citizen-demo-06", mapo, "경로당 디지털 교육 프로그램", "어르신들이 키오스크와 모바일 뱅킹을 배울 수 있도록 경로당에서 디지털 교육을 운영합니다.", "education", "mapo-gu"));
        await Admitted(await Suggest("citizen-demo-07", municipal, "청년 창업 공유공간 확대", "청년 창업가를 위한 공유 사무공간을 세 곳 더 마련합니다.", "economy", "city", 1_200_000_000), 1_100_000_000);
        await Admitted(await Suggest("citizen-demo-08", municipal, "Night-time safe walking routes", "LED lighting and emergency bells along 30 residential alleys with frequent late-night foot traffic.", "safety", "city", 600_000_000), 540_000_000);
        await Declined(await Suggest("citizen-demo-09", municipal, "도심 케이블카 건설", "남산과 명동을 잇는 관광용 케이블카를 건설합니다.", "culture", "city", 90_000_000_000), "시민참여예산 범위를 넘는 대규모 민자 사업으로 일반 재정사업 검토가 필요합니다.", appeal: true);
        await Declined(await Suggest("citizen-demo-10", mapo, "Free parking for residents on weekends", "Make all public car parks in Mapo-gu free for registered residents on weekends.", "transport", "mapo-gu", 200_000_000), "Parking fees are set by ordinance, not by the participatory budget.", appeal: false);
        var withdrawn = await Suggest("citizen-demo-11", municipal, "동네 작은 음악회 지원", "주말마다 동네 공원에서 열리는 작은 음악회에 음향 장비를 지원합니다.", "culture", "city", 50_000_000);
        await api.Post(Role.Citizen, "citizen-demo-11", $"/api/proposals/{withdrawn}/withdrawal", new { reason = "구청 문화사업으로 이미 추진 중이어서 철회합니다." }, token);
        var upheld = await Suggest("citizen-demo-12", municipal, "학교 앞 통학로 보행 안전 펜스", "초등학교 앞 통학로 50곳에 보행자 안전 펜스를 설치합니다.", "safety", "city", 700_000_000);
        await Declined(upheld, "유사 사업과 중복됩니다.", appeal: true);
        await api.Post(Role.Officer, Officer, $"/api/proposals/{upheld}/appeal-decision", new { upheld = true, reason = "중복 사업이 아님을 확인했습니다. 재검토합니다." }, token);
        await Suggest("citizen-demo-13", mapo, "Recycling education for apartment complexes", "Monthly sorting workshops and clear bins in twenty apartment complexes in Mapo-gu.", "environment", "mapo-gu", 25_000_000);
    }

    private Task<Guid> Suggest(string citizen, Guid cycle, string title, string description, string category, string district, long guess) =>
        api.Post(Role.Citizen, citizen, "/api/proposals", new { cycleId = cycle, title, description, category, district, costGuess = guess }, token);

    private Task<Guid> Field(string citizen, Guid cycle, string title, string description, string category, string district) =>
        api.Post(Role.Officer, Officer, "/api/proposals", new
        {
            cycleId = cycle, title, description, category, district, proposerId = citizen, reason = "현장 접수창구 방문 (field office walk-in)",
        }, token);

    private async Task Deliberated(Guid id)
    {
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/deliberation", new { }, token);
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/discussions", new
        {
            heldOn = _lastWeek, participants = new[] { "proposer", Officer }, summary = "제안자와 함께 사업 범위와 우선순위를 논의했습니다.",
        }, token);
    }

    private async Task Admitted(Guid id, long estimate)
    {
        await Deliberated(id);
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/cost-estimates", new
        {
            lineItems = new[] { new { description = "설계 및 공사", amount = estimate * 4 / 5 }, new { description = "운영 및 홍보", amount = estimate / 5 } },
        }, token);
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/feasibility-assessments", new { feasible = true, reason = "소관 부서 검토 결과 실행 가능" }, token);
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/admission", new { }, token);
    }

    private async Task Declined(Guid id, string reason, bool appeal)
    {
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/deliberation", new { }, token);
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/decline", new { reason }, token);
        if (appeal) await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/appeal", new { reason = "제안자가 재검토를 요청했습니다." }, token);
    }
}

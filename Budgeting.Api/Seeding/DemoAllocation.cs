using Budgeting.Domain.Common;

namespace Budgeting.Api.Seeding;

/// <summary>
/// The Mapo-gu cycle all the way to the money: more admitted proposals, a committee that scores (one member
/// recused), a recommendation, the allocation, a council cut, and implementation with spending under way.
/// </summary>
internal sealed class DemoAllocation(SeedClient api, CancellationToken token)
{
    private const string Admin = "admin-demo-1", Officer = "officer-demo-1";
    private static readonly string[] Members = ["committee-demo-1", "committee-demo-2", "committee-demo-3"];

    public async Task Run(Guid cycle)
    {
        var lights = await Admitted(cycle, "citizen-demo-21", "골목길 LED 보안등 교체", "망원동·연남동 골목 120곳의 낡은 보안등을 LED로 교체합니다.", "safety", 180_000_000);
        var shade = await Admitted(cycle, "citizen-demo-22", "Shade sails for Mangwon playgrounds", "Fixed shade sails over six playgrounds that have no trees.", "welfare", 150_000_000);
        var library = await Admitted(cycle, "citizen-demo-23", "작은도서관 야간 개방", "아파트 단지 작은도서관 5곳을 평일 밤 10시까지 개방합니다.", "culture", 120_000_000);
        var compost = await Admitted(cycle, "citizen-demo-24", "Community composting at Seongmisan", "Composting bins and monthly workshops for households near Seongmisan.", "environment", 90_000_000);
        foreach (var member in Members) await api.Post(Role.Admin, Admin, $"/api/cycles/{cycle}/committee", new { memberId = member }, token);
        await Advance(cycle, "intake", "접수 마감 (demo)");
        await Advance(cycle, "deliberation", "숙의 완료 (demo)");
        await api.Post(Role.Committee, Members[2], $"/api/cycles/{cycle}/conflicts",
            new { proposalId = compost, reason = "제안 단체의 운영위원으로 활동 중입니다." }, token);
        int[][] scores = [[9, 8, 9, 7], [7, 8, 6, 6], [8, 7, 8, 9], [6, 9, 5, 5]];
        foreach (var member in Members)
            foreach (var (proposal, i) in new[] { lights, shade, library, compost }.Select((p, i) => (p, i)))
                if (!(member == Members[2] && proposal == compost))
                    await Score(cycle, member, proposal, scores[i]);
        await api.Post(Role.Committee, Members[0], $"/api/cycles/{cycle}/recommendation", new { note = "위원회 우선순위 권고안" }, token);
        await Advance(cycle, "prioritisation", "권고안 확정 (demo)");
        await api.Post(Role.Committee, Members[0], $"/api/cycles/{cycle}/allocation", new { note = "위원회 우선순위에 따른 배분" }, token);
        await Advance(cycle, "allocation", "배분 확정 (demo)");
        await UntilBudgeted(lights, library, shade);
        await api.Post(Role.Admin, Admin, $"/api/proposals/{shade}/funding-adjustments", new
        {
            newAmount = 130_000_000, reason = "구의회 예산 심의에서 감액", councilReference = "마포구의회 제270회 예산결산특별위원회",
        }, token);
        await Deliver(lights, 45, 60_000_000);
        await Deliver(library, 20, 25_000_000);
    }

    private async Task<Guid> Admitted(Guid cycle, string citizen, string title, string description, string category, long cost)
    {
        var id = await api.Post(Role.Citizen, citizen, "/api/proposals", new
        {
            cycleId = cycle, title, description, category, district = "mapo-gu", costGuess = cost,
        }, token);
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/deliberation", new { }, token);
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/cost-estimates", new
        {
            lineItems = new[] { new { description = "공사 및 설치", amount = cost * 3 / 4 }, new { description = "운영", amount = cost - cost * 3 / 4 } },
        }, token);
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/feasibility-assessments", new { feasible = true, reason = "담당 부서 검토 완료" }, token);
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/admission", new { }, token);
        return id;
    }

    private Task Advance(Guid cycle, string from, string reason) =>
        api.Post(Role.Admin, Admin, $"/api/cycles/{cycle}/phase/advance", new { from, reason }, token);

    private Task Score(Guid cycle, string member, Guid proposal, int[] s) =>
        api.Post(Role.Committee, member, $"/api/cycles/{cycle}/scores", new
        {
            proposalId = proposal, rationale = "주민 수요, 실행 가능성, 수혜 범위, 시급성을 검토했습니다.",
            scores = new { publicBenefit = s[0], feasibility = s[1], reach = s[2], urgency = s[3] },
        }, token);

    /// <summary>Funding reaches proposals through the outbox, a moment after the decision: wait for it.</summary>
    private async Task UntilBudgeted(params Guid[] proposals)
    {
        foreach (var id in proposals)
            for (var i = 0; i < 100 && (await api.Get($"/api/proposals/{id}", token)).GetProperty("status").GetString() != "budgeted"; i++)
                await Task.Delay(100, token);
    }

    private async Task Deliver(Guid id, int progress, long spent)
    {
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/implementation", new { }, token);
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/milestones", new { title = "설계 완료 및 착공", progress }, token);
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/spending", new { amount = spent, description = "1차 공사 대금" }, token);
    }
}

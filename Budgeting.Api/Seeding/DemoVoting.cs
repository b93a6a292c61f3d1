using Budgeting.Domain.Common;

namespace Budgeting.Api.Seeding;

/// <summary>
/// The municipal cycle's citizen vote: more admitted proposals, a voting phase with a few hundred generated ballots
/// from residents of every district (same seed, same ballots), then the Equal Shares allocation and the erasure of
/// who voted. Popularity is set so that Equal Shares spends about 7 of the 10 billion won and the two large projects
/// stay out of reach: add-one then stops at once (its one-won raises would take millions of runs otherwise).
/// </summary>
internal sealed class DemoVoting(SeedClient api, CancellationToken token)
{
    public const int MaxProjects = 3, Voters = 300;
    private const string Admin = "admin-demo-1", Officer = "officer-demo-1", Member = "committee-demo-city-1";

    public async Task Run(Guid cycle)
    {
        var earlier = (await api.Get($"/api/proposals?cycleId={cycle}&status=admitted&sort=title", token)).GetProperty("items")
            .EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ToList();
        (Guid Id, int Popularity)[] ballot =
        [
            (earlier[0], 45), (earlier[1], 45),
            (await Admitted(cycle, "지하철역 엘리베이터 점자·음성 안내 보강", "Braille and voice guidance at 40 subway elevators.", "welfare", 1_500_000_000), 50),
            (await Admitted(cycle, "공공 와이파이 사각지대 해소", "Free public Wi-Fi in 200 bus shelters and parks that have none.", "economy", 1_200_000_000), 45),
            (await Admitted(cycle, "Urban forest corridor along Cheonggyecheon", "Native trees and shade along four kilometres of the stream.", "environment", 900_000_000), 45),
            (await Admitted(cycle, "전통시장 공동 배송 서비스", "전통시장 10곳의 공동 당일 배송으로 소상공인을 돕습니다.", "economy", 800_000_000), 45),
            (await Admitted(cycle, "어르신 무료 건강검진 버스", "건강검진 버스가 25개 구의 경로당을 순회합니다.", "welfare", 960_000_000), 45),
            (await Admitted(cycle, "한강 수상 공연장 건립", "여의도 한강공원에 2,000석 규모 수상 공연장을 짓습니다.", "culture", 3_500_000_000), 12),
            (await Admitted(cycle, "Seoul-wide protected bike lanes", "Forty kilometres of kerb-protected bike lanes linking the Han river paths.", "transport", 4_200_000_000), 10),
        ];
        foreach (var from in new[] { "intake", "deliberation", "prioritisation" })
            await api.Post(Role.Admin, Admin, $"/api/cycles/{cycle}/phase/advance", new { from, reason = "시민투표 일정 (demo)" }, token);
        var districts = Seoul.Districts.Keys.Order(StringComparer.Ordinal).ToArray();
        var random = new SeedRandom(2026);
        var choices = Enumerable.Range(0, Voters).Select(_ =>
        {
            var chosen = ballot.Where(p => random.Next(100) < p.Popularity).ToList().Take(MaxProjects).Select(p => p.Id).ToList();
            return chosen.Count > 0 ? chosen : [ballot[random.Next(ballot.Length)].Id];
        }).ToList();
        await Parallel.ForAsync(0, Voters, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = token }, async (voter, _) =>
            await api.Post(Role.Citizen, $"voter-demo-{voter:D3}", $"/api/cycles/{cycle}/ballots",
                new { selections = choices[voter].Select(id => new { proposalId = id }) }, token, districts[voter % districts.Length],
                $"{1950 + voter % 55}-03-15"));
        await api.Post(Role.Admin, Admin, $"/api/cycles/{cycle}/phase/advance", new { from = "voting", reason = "시민투표 마감 (demo)" }, token);
        await api.Post(Role.Admin, Admin, $"/api/cycles/{cycle}/committee", new { memberId = Member }, token);
        await api.Post(Role.Committee, Member, $"/api/cycles/{cycle}/allocation", new { note = "균등 분배 방식(MES) 시민투표 결과" }, token);
        await api.Delete(Role.Admin, Admin, $"/api/cycles/{cycle}/voter-records", token);
    }

    private int _proposer = 30;

    private async Task<Guid> Admitted(Guid cycle, string title, string description, string category, long cost)
    {
        var id = await api.Post(Role.Citizen, $"citizen-demo-{++_proposer}", "/api/proposals", new
        {
            cycleId = cycle, title, description, category, district = "city", costGuess = cost,
        }, token);
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/deliberation", new { }, token);
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/cost-estimates", new
        {
            lineItems = new[] { new { description = "사업비", amount = cost } },
        }, token);
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/feasibility-assessments", new { feasible = true, reason = "소관 부서 검토 결과 실행 가능" }, token);
        await api.Post(Role.Officer, Officer, $"/api/proposals/{id}/admission", new { }, token);
        return id;
    }

    /// <summary>A 64-bit linear congruential generator: the same ballots on every machine and .NET version.</summary>
    private sealed class SeedRandom(ulong state)
    {
        public int Next(int bound)
        {
            state = unchecked(state * 6364136223846793005UL + 1442695040888963407UL);
            return (int)((state >> 33) % (ulong)bound);
        }
    }
}

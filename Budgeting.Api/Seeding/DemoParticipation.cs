using System.Text.Json;
using Budgeting.Domain.Common;

namespace Budgeting.Api.Seeding;

/// <summary>
/// Democracy Seoul in the Seongdong-gu cycle, whose thresholds suit a neighbourhood (an answer at 5 supports, a forum
/// at 10, the mayor's answer at 20 forum participants): one proposal with an open forum (stances, arguments for and
/// against, comments and a reply), one with the department's answer due.
/// </summary>
internal sealed class DemoParticipation(SeedClient api, CancellationToken token)
{
    private const string District = "seongdong-gu";

    public static readonly object Thresholds = new { answerThreshold = 5, forumThreshold = 10, mayorThreshold = 20, answerDueDays = 14, forumDays = 30 };

    public async Task Run(Guid cycle)
    {
        var forum = await Suggest(cycle, "citizen-demo-31", "성수동 골목 분리수거함 설치", "성수동 주택가 골목 40곳에 분리수거함을 설치해 무단 투기를 줄입니다.", "environment");
        var due = await Suggest(cycle, "citizen-demo-32", "Shade at the Ttukseom Hangang Park playground", "Shade sails and drinking fountains at the playground near Ttukseom station.", "welfare");
        for (var i = 1; i <= 12; i++) await Support(forum, $"resident-demo-{i:D2}");
        for (var i = 1; i <= 6; i++) await Support(due, $"resident-demo-{i:D2}");
        await Forum(forum);
    }

    private async Task Forum(Guid proposal)
    {
        await UntilForumOpen(proposal);
        string[] stances = ["agree", "agree", "agree", "disagree", "undecided"];
        foreach (var (stance, i) in stances.Select((s, i) => (s, i + 1)))
            await api.Post(Role.Citizen, $"resident-demo-{i:D2}", $"/api/proposals/{proposal}/forum/stance", new { stance }, token, District);
        var argument = await api.Post(Role.Citizen, "resident-demo-01", $"/api/proposals/{proposal}/forum/arguments",
            new { side = "for", body = "골목마다 쓰레기가 쌓여 여름이면 냄새가 심합니다. 분리수거함이 꼭 필요합니다." }, token, District);
        await api.Post(Role.Citizen, "resident-demo-04", $"/api/proposals/{proposal}/forum/arguments",
            new { side = "against", body = "Bins without regular collection become new dumping spots; fund more frequent pick-ups first." }, token, District);
        await api.Post(Role.Citizen, "resident-demo-07", $"/api/proposals/{proposal}/comments",
            new { body = "수거 주기를 함께 늘리면 좋겠습니다.", inReplyTo = argument }, token);
    }

    /// <summary>Supports are counted a moment after they are given: the forum opens then.</summary>
    private async Task UntilForumOpen(Guid proposal)
    {
        for (var i = 0; i < 100 && (await api.Get($"/api/proposals/{proposal}", token)).GetProperty("forum").ValueKind == JsonValueKind.Null; i++)
            await Task.Delay(100, token);
    }

    private Task<Guid> Suggest(Guid cycle, string citizen, string title, string description, string category) =>
        api.Post(Role.Citizen, citizen, "/api/proposals", new { cycleId = cycle, title, description, category, district = District }, token);

    private Task Support(Guid proposal, string resident) =>
        api.Post(Role.Citizen, resident, $"/api/proposals/{proposal}/supports", new { }, token, District);
}

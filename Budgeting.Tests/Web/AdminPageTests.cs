using System.Net;
using System.Text;
using System.Text.Json;
using Budgeting.Api.Cycles.Voting;
using Budgeting.Domain.Common;
using Budgeting.Tests.Elections;
using Budgeting.Tests.Support;
using Marten;

namespace Budgeting.Tests.Web;

/// <summary>The administrators' workbench: every form sends the API's command down the API's path, and shows its refusals.</summary>
public class AdminPageTests(AppFixture app) : PageContext(app)
{
    private const string Admin = "admin-park";

    private static string Path(Guid cycle) => $"/admin/cycles/{cycle}";

    private static Dictionary<string, string?> Values(params (string Name, string? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    private async Task<JsonElement> Cycle(Guid id) => await GetJson($"/api/cycles/{id}");

    private async Task<long> StreamVersion(Guid id)
    {
        await using var session = App.Store.QuerySession();
        return (await session.Events.FetchStreamStateAsync(id))!.Version;
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/cycles/new")]
    [InlineData("/admin/elections/import")]
    public async Task anonymous_readers_are_sent_to_sign_in_and_other_roles_get_403(string path)
    {
        var anonymous = await Browser().Get(path);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.Status);
        Assert.StartsWith("/signin?returnUrl=", anonymous.Location);
        foreach (var role in new[] { Role.Citizen, Role.Officer, Role.Committee, Role.Auditor })
        {
            var page = await (await SignedIn(role, $"{role}-x")).Get(path);
            Assert.Equal(HttpStatusCode.Forbidden, page.Status);
            Assert.Contains("권한이 없습니다", page.Text);
        }
        Assert.Equal(HttpStatusCode.OK, (await (await SignedIn(Role.Admin, Admin)).Get(path)).Status);
    }

    [Fact]
    public async Task only_admins_see_the_administration_link_and_the_cycles_are_listed_there()
    {
        var cycle = await OpenCycle("mapo-gu");
        var admin = await SignedIn(Role.Admin, Admin);
        var page = await admin.Get("/admin");
        Assert.NotNull(page.Document.QuerySelector(".primary-nav a[href='/admin']"));
        Assert.Contains("마포구", page.Document.QuerySelector($"a[href='{Path(cycle)}']")!.ParentElement!.ParentElement!.TextContent);
        Assert.Null((await (await SignedIn(Role.Citizen, Citizen)).Get("/")).Document.QuerySelector(".primary-nav a[href='/admin']"));
    }

    [Fact]
    public async Task an_admin_opens_a_cycle_with_a_vote_through_the_form_with_the_defaults_filled_in()
    {
        var admin = await SignedIn(Role.Admin, Admin);
        var form = await admin.Get("/admin/cycles/new");
        Assert.Equal("2027", form.Document.GetElementById("open-fiscalYear")!.GetAttribute("value"));
        Assert.Equal("10,000,000,000", form.Document.GetElementById("open-envelope")!.GetAttribute("value"));
        Assert.Equal("2026-04-01T18:00", form.Document.GetElementById("open-schedule.intakeEnds")!.GetAttribute("value"));
        Assert.Equal("2026-06-05T18:00", form.Document.GetElementById("open-schedule.votingEnds")!.GetAttribute("value"));
        Assert.Equal("2027-12-31T18:00", form.Document.GetElementById("open-schedule.implementationEnds")!.GetAttribute("value"));

        var sent = await admin.Submit(form, "open", Values(("Form.Basics.Name", "서울시 시민참여예산 2027"), ("Form.Rule.Name", "greedy_cost"),
            ("Form.Voting.Kind", "approval"), ("Form.Voting.MaxProjects", "3"), ("Form.Voting.MinimumAge", "14")));
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Matches("^/admin/cycles/[0-9a-f-]{36}\\?done=opened$", sent.Location);
        var cycle = await Cycle(Guid.Parse(sent.Location!.Split('/')[3].Split('?')[0]));
        Assert.Equal(("city", 2027, 10_000_000_000L, "greedy_cost"), (cycle.GetProperty("scope").GetString(),
            cycle.GetProperty("fiscalYear").GetInt32(), cycle.GetProperty("envelope").GetInt64(), cycle.GetProperty("rule").GetString()));
        var voting = cycle.GetProperty("voting");
        Assert.Equal(("approval", 1, 3, 14), (voting.GetProperty("kind").GetString(), voting.GetProperty("minProjects").GetInt32(),
            voting.GetProperty("maxProjects").GetInt32(), voting.GetProperty("minimumAge").GetInt32()));
        Assert.Equal(["2026-04-01T18:00:00", "2026-05-01T18:00:00", "2026-05-22T18:00:00", "2026-06-05T18:00:00", "2026-06-12T18:00:00",
                "2027-12-31T18:00:00", "2028-02-29T18:00:00"],
            cycle.GetProperty("schedule").EnumerateArray().Select(d => d.GetProperty("endsAt").GetString()));
        var opened = await admin.Get(sent.Location!);
        Assert.Contains("예산 주기를 열었습니다", opened.Document.QuerySelector("[role=status]")!.TextContent);
    }

    [Fact]
    public async Task a_refused_opening_shows_the_rule_beside_its_field_in_korean_and_in_english_and_writes_nothing()
    {
        var korean = await SignedIn(Role.Admin, Admin);
        var noVote = await korean.Submit(await korean.Get("/admin/cycles/new"), "open",
            Values(("Form.Basics.Name", "서울시 시민참여예산 2027"), ("Form.Rule.Name", "greedy_cost")));
        Assert.Equal(HttpStatusCode.BadRequest, noVote.Status);
        Assert.Equal("이 배정 방식에는 시민 투표가 필요합니다. 투표 방식을 고르세요.", noVote.FieldError("open-schedule.votingEnds"));
        Assert.Equal("greedy_cost", noVote.Document.QuerySelector("#open-rule option[selected]")!.GetAttribute("value"));

        var limitsWithoutKind = await korean.Submit(await korean.Get("/admin/cycles/new"), "open",
            Values(("Form.Basics.Name", "서울시 시민참여예산 2027"), ("Form.Voting.MaxProjects", "3")));
        Assert.Equal("투표 방식을(를) 입력해 주세요.", limitsWithoutKind.FieldError("open-voting.kind"));

        var lateIntake = await korean.Submit(await korean.Get("/admin/cycles/new"), "open",
            Values(("Form.Basics.Name", "서울시 시민참여예산 2027"), ("Form.Schedule.DeliberationEnds", "2026-03-31T18:00")));
        Assert.Equal("앞 단계가 끝난 뒤여야 합니다.", lateIntake.FieldError("open-schedule.deliberationEnds"));

        var english = await SignedIn(Role.Admin, Admin, "en-US");
        var fraction = await english.Submit(await english.Get("/admin/cycles/new"), "open",
            Values(("Form.Basics.Name", "Seoul 2027"), ("Form.Basics.Envelope", "12.5")));
        Assert.Equal("Envelope must be a whole number of won (for example 30,000,000).", fraction.FieldError("open-envelope"));
        var shortName = await english.Submit(await english.Get("/admin/cycles/new"), "open", Values(("Form.Basics.Name", "S")));
        Assert.Equal("Cycle name must have at least 3 characters.", shortName.FieldError("open-name"));
        Assert.Empty((await GetJson("/api/cycles")).EnumerateArray());
    }

    [Fact]
    public async Task an_admin_ends_a_phase_early_and_extends_the_next_with_reasons()
    {
        var id = await OpenCycle();
        var admin = await SignedIn(Role.Admin, Admin);
        var page = await admin.Get(Path(id));
        Assert.Contains("기록 버전 1", page.Text);
        var noReason = await admin.Submit(page, "advance");
        Assert.Equal(HttpStatusCode.BadRequest, noReason.Status);
        Assert.Equal("사유을(를) 입력해 주세요.", noReason.FieldError("advance-reason"));
        var advanced = await admin.Submit(page, "advance", Values(("Advancing.Reason", "제안이 충분히 모였습니다")));
        Assert.Equal($"{Path(id)}?done=advanced", advanced.Location);
        Assert.Equal("deliberation", (await Cycle(id)).GetProperty("phase").GetString());

        page = await admin.Get(Path(id));
        Assert.Equal("Deliberation", page.Document.QuerySelector("#extend-phase option[selected]")!.GetAttribute("value"));
        var tooLate = await admin.Submit(page, "extend", Values(("Extending.NewEnd", "2026-06-01T18:00"), ("Extending.Reason", "현장 조사 일정")));
        Assert.Equal("다음 단계가 끝나기 전이어야 합니다.", tooLate.FieldError("extend-newEnd"));
        var extended = await admin.Submit(page, "extend", Values(("Extending.NewEnd", "2026-05-10T18:00"), ("Extending.Reason", "현장 조사 일정")));
        Assert.Equal($"{Path(id)}?done=extended", extended.Location);
        var deliberation = (await Cycle(id)).GetProperty("schedule").EnumerateArray().Single(d => d.GetProperty("phase").GetString() == "deliberation");
        Assert.Equal("2026-05-10T18:00:00", deliberation.GetProperty("endsAt").GetString());
    }

    [Fact]
    public async Task a_stale_page_says_what_changed_shows_the_fresh_state_and_writes_nothing()
    {
        var id = await OpenCycle();
        var admin = await SignedIn(Role.Admin, Admin);
        var opened = await admin.Get(Path(id));
        await Post($"/api/cycles/{id}/committee", new { memberId = "member-kim" }, Role.Admin, 200);
        var stale = await admin.Submit(opened, "advance", Values(("Advancing.Reason", "일정을 앞당깁니다")));
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("이 화면을 연 뒤에 기록이 바뀌었습니다", stale.Document.QuerySelector("#advance [role=alert]")!.TextContent);
        Assert.Contains("member-kim", stale.Document.QuerySelector(".member-list")!.TextContent);
        Assert.Contains("기록 버전 2", stale.Text);
        Assert.Equal("intake", (await Cycle(id)).GetProperty("phase").GetString());
        Assert.Equal(2, await StreamVersion(id));
    }

    [Fact]
    public async Task a_role_that_may_not_act_gets_403_on_a_post_and_nothing_is_written()
    {
        var id = await OpenCycle();
        var officer = await SignedIn(Role.Officer, "officer-choi");
        var token = (await officer.Get("/")).Document.QuerySelector("#signout input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var forged = await officer.Post(Path(id), new Dictionary<string, string>
        {
            ["_handler"] = "advance", ["__RequestVerificationToken"] = token, ["Advancing.Version"] = "1",
            ["Advancing.From"] = "Intake", ["Advancing.Reason"] = "공무원이 몰래 넘깁니다",
        });
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.Equal(1, await StreamVersion(id));
    }

    [Fact]
    public async Task the_envelope_changes_with_a_reason_and_never_below_what_is_allocated()
    {
        var id = await OpenCycle();
        var proposal = await Admitted(id);
        await Budget(proposal, 24_000_000);
        var admin = await SignedIn(Role.Admin, Admin);
        var page = await admin.Get(Path(id));
        Assert.Equal("10,000,000,000", page.Document.GetElementById("envelope-envelope")!.GetAttribute("value"));
        var below = await admin.Submit(page, "envelope", Values(("Changing.Envelope", "20,000,000"), ("Changing.Reason", "의회 예산 삭감")));
        Assert.Equal(HttpStatusCode.Conflict, below.Status);
        Assert.Equal("배정된 금액보다 적게 정할 수 없습니다.", below.FieldError("envelope-envelope"));
        var same = await admin.Submit(page, "envelope", Values(("Changing.Reason", "의회 예산 삭감")));
        Assert.Equal("바뀐 것이 없습니다.", same.FieldError("envelope-envelope"));
        var changed = await admin.Submit(page, "envelope", Values(("Changing.Envelope", "8,000,000,000"), ("Changing.Reason", "의회 예산 삭감")));
        Assert.Equal($"{Path(id)}?done=envelope", changed.Location);
        Assert.Equal(8_000_000_000L, (await Cycle(id)).GetProperty("envelope").GetInt64());
    }

    [Fact]
    public async Task an_admin_appoints_a_member_and_removes_them_with_a_reason()
    {
        var id = await OpenCycle();
        var admin = await SignedIn(Role.Admin, Admin);
        var page = await admin.Get(Path(id));
        Assert.False(page.HasForm("remove"));
        var appointed = await admin.Submit(page, "appoint", Values(("Appointing.MemberId", "member-lee")));
        Assert.Equal($"{Path(id)}?done=appointed", appointed.Location);
        page = await admin.Get(Path(id));
        var twice = await admin.Submit(page, "appoint", Values(("Appointing.MemberId", "member-lee")));
        Assert.Equal(HttpStatusCode.Conflict, twice.Status);
        Assert.Equal("이미 위원입니다.", twice.FieldError("appoint-memberId"));
        Assert.Equal(["member-lee"], (await Cycle(id)).GetProperty("committee").EnumerateArray().Select(m => m.GetString()));

        var removed = await admin.Submit(page, "remove", Values(("Removing.Reason", "이해충돌로 사임")));
        Assert.Equal($"{Path(id)}?done=removed", removed.Location);
        Assert.Empty((await Cycle(id)).GetProperty("committee").EnumerateArray());
    }

    [Fact]
    public async Task voter_records_are_erased_from_the_page_once_the_vote_is_over()
    {
        var id = await VotingCycle(voting: new { kind = "approval", minProjects = 1, maxProjects = 2 });
        var proposal = await AdmittedCosting(id, "공공 와이파이", 300_000);
        await ToVoting(id);
        await Vote(id, "voter-kang", 201, [proposal]);
        var admin = await SignedIn(Role.Admin, Admin);
        var during = await admin.Get(Path(id));
        Assert.False(during.HasForm("erase-voters"));
        Assert.Contains("투표가 끝난 뒤에 할 수 있습니다", during.Document.QuerySelector("section[aria-labelledby=voting]")!.TextContent);

        await Advance(id, "voting");
        var after = await admin.Get(Path(id));
        Assert.Contains("투표자 기록: 1건", after.Text);
        var erased = await admin.Submit(after, "erase-voters");
        Assert.Equal($"{Path(id)}?done=erased", erased.Location);
        await using var session = App.Store.QuerySession();
        Assert.Equal(0, await session.Query<VoterRecord>().CountAsync(r => r.CycleId == id));
        Assert.Equal(1, (await GetJson($"/api/cycles/{id}/tallies")).GetProperty("ballots").GetInt32());
        Assert.False((await admin.Get(Path(id))).HasForm("erase-voters"));
    }

    [Fact]
    public async Task the_council_adjustment_is_recorded_with_its_reference_on_a_page_of_its_own()
    {
        var id = await OpenCycle();
        var funded = await Admitted(id);
        var unfunded = await Admitted(id, "구민 체육관 보수");
        await Budget(funded, 24_000_000);
        var admin = await SignedIn(Role.Admin, Admin);
        var cyclePage = await admin.Get(Path(id));
        Assert.NotNull(cyclePage.Document.QuerySelector($"a[href='/admin/proposals/{funded}/funding']"));
        Assert.Null(cyclePage.Document.QuerySelector($"a[href='/admin/proposals/{unfunded}/funding']"));
        var notBudgeted = await admin.Get($"/admin/proposals/{unfunded}/funding");
        Assert.False(notBudgeted.HasForm("adjust"));
        Assert.Contains("‘심사 통과’ 상태라서", notBudgeted.Text);

        var page = await admin.Get($"/admin/proposals/{funded}/funding");
        var raised = await admin.Submit(page, "adjust", Values(("Form.NewAmount", "30,000,000"), ("Form.CouncilReference", "제2027-123호"),
            ("Form.Reason", "의회 예산 심의")));
        Assert.Equal(HttpStatusCode.BadRequest, raised.Status);
        Assert.Equal("새 금액은 현재 배정액보다 낮아야 합니다.", raised.FieldError("adjust-newAmount"));
        var noReference = await admin.Submit(page, "adjust", Values(("Form.NewAmount", "20,000,000"), ("Form.Reason", "의회 예산 심의")));
        Assert.Equal("의회 의결 번호을(를) 입력해 주세요.", noReference.FieldError("adjust-councilReference"));
        var cut = await admin.Submit(page, "adjust", Values(("Form.NewAmount", "20,000,000"), ("Form.CouncilReference", "제2027-123호"),
            ("Form.Reason", "의회 예산 심의")));
        Assert.Equal($"/admin/proposals/{funded}/funding?done=adjusted", cut.Location);
        Assert.Equal(20_000_000L, (await GetJson($"/api/proposals/{funded}")).GetProperty("budgetedAmount").GetInt64());
        var recorded = await admin.Get(cut.Location!);
        Assert.Contains("제2027-123호", recorded.Document.QuerySelector("section[aria-labelledby=adjustments]")!.TextContent);
    }

    [Fact]
    public async Task a_pabulib_file_is_imported_from_an_upload_once_and_a_bad_one_is_refused_beside_the_file()
    {
        var admin = await SignedIn(Role.Admin, Admin);
        var page = await admin.Get("/admin/elections/import");
        var nothing = await admin.Submit(page, "import");
        Assert.Equal(HttpStatusCode.BadRequest, nothing.Status);
        Assert.Equal("Pabulib 파일을(를) 골라 주세요.", nothing.FieldError("import-content"));
        var broken = await admin.SubmitFile(page, "import", "File", "broken.pb", Encoding.UTF8.GetBytes("META\nkey;value\nbudget;abc\n"));
        Assert.Equal(HttpStatusCode.BadRequest, broken.Status);
        Assert.StartsWith("Pabulib 파일 형식이 맞지 않습니다: 3번째 줄(META)", broken.FieldError("import-content"));

        var file = Encoding.UTF8.GetBytes(ElectionFixtures.Krakow);
        var imported = await admin.SubmitFile(page, "import", "File", "krakow.pb", file);
        Assert.Equal("/admin/elections/import?done=imported", imported.Location);
        var elections = await GetJson("/api/elections");
        Assert.Equal("krakow.pb", elections.EnumerateArray().Single().GetProperty("fileName").GetString());
        var listed = await admin.Get(imported.Location!);
        Assert.Contains("krakow.pb", listed.Document.QuerySelector("section[aria-labelledby=elections]")!.TextContent);

        var again = await admin.SubmitFile(listed, "import", "File", "krakow-again.pb", file);
        Assert.Equal(HttpStatusCode.Conflict, again.Status);
        Assert.Equal("같은 파일을 이미 가져왔습니다.", again.FieldError("import-content"));
        Assert.Single((await GetJson("/api/elections")).EnumerateArray());
    }
}

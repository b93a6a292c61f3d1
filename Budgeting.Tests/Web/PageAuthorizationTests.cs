using System.Net;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Web;

/// <summary>
/// Every page and every form against every role, like the API's matrix: a page a role does not belong on is a 403 page
/// (anonymous readers of signed-in pages are sent to sign in), and a form posted by a role that may not act is a 403,
/// offered or not. The proposal's forms are posted on a suggested proposal by someone who is not its proposer.
/// </summary>
public class PageAuthorizationTests(AppFixture app) : PageContext(app)
{
    private const string Anonymous = "anonymous", Member = "committee";
    private static readonly string[] Roles = [Anonymous, Role.Citizen, Role.Officer, Member, Role.Auditor, Role.Admin];
    private static readonly string[] SignedInRoles = Roles[1..];
    private static readonly string[] Everyone = Roles;

    private static readonly Dictionary<string, string[]> MayOpen = new()
    {
        ["/"] = Everyone, ["/proposals"] = Everyone, ["/proposals/{id}"] = Everyone, ["/cycles/{cycle}"] = Everyone,
        ["/proposals/new"] = [Role.Citizen, Role.Officer],
        ["/proposals/{id}/revise"] = [Role.Officer],
        ["/cycles/{cycle}/ballot"] = SignedInRoles,
        ["/me"] = SignedInRoles,
        ["/officer"] = [Role.Officer],
        ["/officer/moderation"] = [Role.Officer],
        ["/committee"] = [Member],
        ["/committee/{cycle}"] = [Member],
    };

    /// <summary>Form name → the roles whose post is not refused as forbidden (on the proposal's page unless the name says).</summary>
    private static readonly Dictionary<string, string[]> MayPost = new()
    {
        ["deliberation"] = [Role.Officer], ["discussion"] = [Role.Officer], ["estimate"] = [Role.Officer], ["feasibility"] = [Role.Officer],
        ["admission"] = [Role.Officer], ["decline"] = [Role.Officer], ["appeal-decision"] = [Role.Officer], ["implementation"] = [Role.Officer],
        ["milestone"] = [Role.Officer], ["spending"] = [Role.Officer], ["overrun"] = [Role.Officer], ["completion"] = [Role.Officer],
        ["evaluation"] = [Role.Auditor, Member], ["withdraw"] = [Role.Officer], ["appeal"] = [Role.Officer], ["erase"] = [Role.Officer],
        ["/proposals/{id}/revise revise"] = [Role.Officer],
        ["survey-count"] = [Role.Officer], ["department-answer"] = [Role.Officer], ["mayor-answer"] = [Role.Admin],
        ["support"] = [Role.Citizen], ["comment"] = [Role.Citizen], ["/admin/cycles/{cycle} rule"] = [Role.Admin],
        ["/committee/{cycle} recommend"] = [Member], ["/committee/{cycle} allocate"] = [Member],
        ["/committee/{cycle} [{id}]score"] = [Member], ["/committee/{cycle} [{id}]recuse"] = [Member],
    };

    [Fact]
    public async Task every_page_answers_each_role_as_the_table_says()
    {
        var (cycle, id) = await Subject();
        var wrong = new List<string>();
        foreach (var role in Roles)
        {
            var browser = await As(role);
            foreach (var (path, allowed) in MayOpen)
            {
                var status = (await browser.Get(Url(path, cycle, id))).Status;
                var expected = allowed.Contains(role) ? HttpStatusCode.OK : role == Anonymous ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden;
                if (status != expected) wrong.Add($"{path} as {role}: {(int)status}, expected {(int)expected}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task every_form_refuses_a_role_that_may_not_act_with_403_and_writes_nothing()
    {
        var (cycle, id) = await Subject();
        var wrong = new List<string>();
        foreach (var role in SignedInRoles)
        {
            var browser = await As(role);
            var token = (await browser.Get("/")).Document.QuerySelector("#signout input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            foreach (var (form, allowed) in MayPost.Where(f => !f.Value.Contains(role)))
            {
                var (path, name) = form.Contains(' ') ? (form.Split(' ')[0], form.Split(' ')[1]) : ("/proposals/{id}", form);
                var page = await browser.Post(Url(path, cycle, id), new Dictionary<string, string>
                {
                    ["_handler"] = name.Replace("{id}", id.ToString("N")), ["__RequestVerificationToken"] = token,
                });
                if (page.Status != HttpStatusCode.Forbidden) wrong.Add($"{form} posted as {role}: {(int)page.Status}, expected 403");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        var details = await GetJson($"/api/proposals/{id}");
        Assert.Equal(("suggested", 1L), (details.GetProperty("status").GetString(), details.GetProperty("version").GetInt64()));
    }

    [Fact]
    public async Task a_form_posted_empty_by_a_role_that_may_act_is_answered_never_with_403_or_an_error()
    {
        var (cycle, id) = await Subject();
        var wrong = new List<string>();
        foreach (var (form, allowed) in MayPost)
        foreach (var role in allowed)
        {
            var browser = await As(role);
            var token = (await browser.Get("/")).Document.QuerySelector("#signout input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var (path, name) = form.Contains(' ') ? (form.Split(' ')[0], form.Split(' ')[1]) : ("/proposals/{id}", form);
            var page = await browser.Post(Url(path, cycle, id), new Dictionary<string, string>
            {
                ["_handler"] = name.Replace("{id}", id.ToString("N")), ["__RequestVerificationToken"] = token,
            });
            if (page.Status is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized || (int)page.Status >= 500)
                wrong.Add($"{form} posted empty as {role}: {(int)page.Status}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private async Task<(Guid Cycle, Guid Id)> Subject()
    {
        var cycle = await OpenCycle();
        await Post($"/api/cycles/{cycle}/committee", new { memberId = "member-1" }, Role.Admin, 200);
        return (cycle, await Suggest(cycle));
    }

    private async Task<PageClient> As(string role) => role switch
    {
        Anonymous => Browser(),
        Member => await SignedIn(Role.Committee, "member-1"),
        _ => await SignedIn(role, $"{role}-stranger"),
    };

    private static string Url(string path, Guid cycle, Guid id) => path.Replace("{cycle}", cycle.ToString()).Replace("{id}", id.ToString());
}

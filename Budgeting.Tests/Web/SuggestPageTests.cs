using System.Net;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Web;

public class SuggestPageTests(AppFixture app) : PageContext(app)
{
    private static Dictionary<string, string?> Filled(string title = "망원동 골목 가로등 설치", string? cost = "30,000,000") => new()
    {
        ["Form.Title"] = title,
        ["Form.Description"] = "어두운 골목길에 가로등을 더 설치해 주세요. 밤길이 무섭습니다.",
        ["Form.Category"] = "safety",
        ["Form.District"] = "mapo-gu",
        ["Form.CostGuess"] = cost,
    };

    [Fact]
    public async Task a_citizen_suggests_through_the_form_and_lands_on_the_new_proposal()
    {
        var cycle = await OpenCycle();
        var browser = await SignedIn(Role.Citizen, "citizen-park");
        var sent = await browser.Submit(await browser.Get($"/proposals/new?cycle={cycle}"), "suggest", Filled());
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Matches("^/proposals/[0-9a-f-]{36}\\?done=suggested$", sent.Location);
        var page = await browser.Get(sent.Location!);
        Assert.Contains("망원동 골목 가로등 설치", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("제안이 접수되었습니다", page.Text);
        var id = Guid.Parse(sent.Location!.Split('/')[2].Split('?')[0]);
        var details = await GetJson($"/api/proposals/{id}");
        Assert.Equal(("citizen-park", 30_000_000L, "online"), (details.GetProperty("proposerId").GetString(),
            details.GetProperty("costGuess").GetInt64(), details.GetProperty("channel").GetString()));
    }

    [Fact]
    public async Task a_refused_suggestion_shows_the_rule_beside_its_field_in_the_readers_language_and_writes_nothing()
    {
        var cycle = await OpenCycle();
        var korean = await SignedIn(Role.Citizen, "citizen-park");
        var refused = await korean.Submit(await korean.Get($"/proposals/new?cycle={cycle}"), "suggest", Filled(title: "가"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Equal("제목은(는) 3자 이상이어야 합니다.", refused.FieldError("suggest-title"));
        Assert.Null(refused.FieldError("suggest-description"));
        Assert.NotNull(refused.Document.QuerySelector("[role=alert] a[href='#suggest-title']"));
        Assert.Equal("어두운 골목길에 가로등을 더 설치해 주세요. 밤길이 무섭습니다.", refused.Document.GetElementById("suggest-description")!.TextContent);

        var english = await SignedIn(Role.Citizen, "citizen-park", "en-US");
        var alsoRefused = await english.Submit(await english.Get($"/proposals/new?cycle={cycle}"), "suggest", Filled(cost: "12.5"));
        Assert.Equal("Cost guess must be a whole number of won (for example 30,000,000).", alsoRefused.FieldError("suggest-costGuess"));
        Assert.Equal(0, (await GetJson("/api/proposals")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task the_same_form_sent_twice_makes_one_proposal()
    {
        var cycle = await OpenCycle();
        var browser = await SignedIn(Role.Citizen, "citizen-park");
        var form = await browser.Get($"/proposals/new?cycle={cycle}");
        var first = await browser.Submit(form, "suggest", Filled());
        var again = await browser.Submit(form, "suggest", Filled());
        Assert.Equal(first.Location, again.Location);
        Assert.Equal(1, (await GetJson("/api/proposals")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task in_a_district_cycle_the_district_is_the_cycles_and_not_a_choice()
    {
        var cycle = await OpenCycle("seongdong-gu");
        var browser = await SignedIn(Role.Citizen, "citizen-park");
        var form = await browser.Get($"/proposals/new?cycle={cycle}");
        Assert.Null(form.Document.QuerySelector("select[name='Form.District']"));
        Assert.Contains("성동구", form.Form("suggest").TextContent);
        var sent = await browser.Submit(form, "suggest", Filled());
        var id = sent.Location!.Split('/')[2].Split('?')[0];
        Assert.Equal("seongdong-gu", (await GetJson($"/api/proposals/{id}")).GetProperty("district").GetString());
    }

    [Fact]
    public async Task an_officer_records_a_field_office_suggestion_naming_the_citizen_and_the_reason()
    {
        var cycle = await OpenCycle();
        var officer = await SignedIn(Role.Officer, "officer-choi");
        var form = await officer.Get($"/proposals/new?cycle={cycle}");
        var missing = await officer.Submit(form, "suggest", Filled());
        Assert.Equal("시민 ID을(를) 입력해 주세요.", missing.FieldError("suggest-proposerId"));
        var values = Filled();
        values["Form.ProposerId"] = "citizen-grandma";
        values["Form.Reason"] = "주민센터 방문 접수";
        var sent = await officer.Submit(form, "suggest", values);
        var id = sent.Location!.Split('/')[2].Split('?')[0];
        var details = await GetJson($"/api/proposals/{id}");
        Assert.Equal(("citizen-grandma", "field-office"), (details.GetProperty("proposerId").GetString(), details.GetProperty("channel").GetString()));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Redirect)]
    [InlineData(Role.Auditor, HttpStatusCode.Forbidden)]
    [InlineData(Role.Admin, HttpStatusCode.Forbidden)]
    [InlineData(Role.Citizen, HttpStatusCode.OK)]
    [InlineData(Role.Officer, HttpStatusCode.OK)]
    public async Task only_citizens_and_officers_open_the_suggest_page(string? role, HttpStatusCode expected)
    {
        var browser = role is null ? Browser() : await SignedIn(role, $"{role}-x");
        var page = await browser.Get("/proposals/new");
        Assert.Equal(expected, page.Status);
        if (expected == HttpStatusCode.Forbidden) Assert.Contains("권한이 없습니다", page.Text);
    }

    [Fact]
    public async Task without_a_cycle_the_page_lists_the_cycles_taking_proposals()
    {
        var open = await OpenCycle();
        var page = await (await SignedIn(Role.Citizen, "citizen-park")).Get("/proposals/new");
        Assert.NotNull(page.Document.QuerySelector($"a[href='/proposals/new?cycle={open}']"));
        Assert.False(page.HasForm("suggest"));
    }
}

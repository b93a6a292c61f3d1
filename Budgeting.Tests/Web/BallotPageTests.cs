using System.Net;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Web;

public class BallotPageTests(AppFixture app) : PageContext(app)
{
    private async Task<(Guid Cycle, Guid[] Proposals)> OpenVote()
    {
        var cycle = await VotingCycle(voting: new { kind = "approval", minProjects = 1, maxProjects = 2 }, envelope: 100_000_000);
        var proposals = new[]
        {
            await AdmittedCosting(cycle, "가로수 그늘길", 40_000_000),
            await AdmittedCosting(cycle, "공공 와이파이", 30_000_000),
            await AdmittedCosting(cycle, "어린이 도서관", 50_000_000),
        };
        await ToVoting(cycle);
        return (cycle, proposals);
    }

    private static Dictionary<string, string?> Chosen(Page page, params string[] titles)
    {
        var values = new Dictionary<string, string?>();
        foreach (var box in page.Document.QuerySelectorAll("#ballot input[type=checkbox]"))
        {
            var label = box.ParentElement!.TextContent;
            if (titles.Any(label.Contains)) values[box.GetAttribute("name")!] = "true";
        }
        Assert.Equal(titles.Length, values.Count);
        return values;
    }

    [Fact]
    public async Task a_resident_reviews_casts_and_then_replaces_a_ballot_which_counts_once()
    {
        var (cycle, _) = await OpenVote();
        var voter = await SignedIn(Role.Citizen, "voter-kang");
        var page = await voter.Get($"/cycles/{cycle}/ballot");
        Assert.Contains("확인증은 드리지 않습니다", page.Text);
        var tooMany = await voter.Submit(page, "ballot", Chosen(page, "가로수 그늘길", "공공 와이파이", "어린이 도서관"), "Ballot.Step=review");
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.Status);
        Assert.Contains("고를 수 있는 사업 수를 넘었습니다", tooMany.Document.QuerySelector("[role=alert]")!.TextContent);

        var review = await voter.Submit(page, "ballot", Chosen(page, "가로수 그늘길", "공공 와이파이"), "Ballot.Step=review");
        Assert.Contains("2개 선택, 비용 합계 70,000,000원", review.Text);
        var cast = await voter.Submit(review, "ballot", null, "Ballot.Step=cast");
        Assert.Equal($"/cycles/{cycle}/ballot?done=cast", cast.Location);

        var again = await voter.Get($"/cycles/{cycle}/ballot");
        Assert.Contains("이미 투표하셨습니다", again.Text);
        Assert.Empty(again.Document.QuerySelectorAll("#ballot input[type=checkbox][checked]"));
        var replaced = await voter.Submit(again, "ballot", Chosen(again, "어린이 도서관"), "Ballot.Step=cast");
        Assert.Equal($"/cycles/{cycle}/ballot?done=replaced", replaced.Location);

        await Advance(cycle, "voting");
        var tallies = await GetJson($"/api/cycles/{cycle}/tallies");
        Assert.Equal(1, tallies.GetProperty("ballots").GetInt32());
        var cyclePage = await Browser().Get($"/cycles/{cycle}");
        Assert.Contains("어린이 도서관", cyclePage.Document.QuerySelector("section[aria-labelledby=tallies]")!.TextContent);
        Assert.DoesNotContain("공공 와이파이", cyclePage.Document.QuerySelector("section[aria-labelledby=tallies]")!.TextContent);
    }

    [Fact]
    public async Task outside_the_vote_or_outside_the_district_the_page_says_why_and_offers_no_ballot()
    {
        var (cycle, _) = await OpenVote();
        var outsider = await SignedIn(Role.Citizen, "voter-far", district: null);
        var page = await outsider.Get($"/cycles/{cycle}/ballot");
        Assert.False(page.HasForm("ballot"));
        Assert.Contains("지역 주민만 참여할 수 있습니다", page.Text);

        await Advance(cycle, "voting");
        var closed = await (await SignedIn(Role.Citizen, "voter-kang")).Get($"/cycles/{cycle}/ballot");
        Assert.False(closed.HasForm("ballot"));
        Assert.Contains("시민 투표 단계가 이미 끝났습니다", closed.Text);
    }

    [Fact]
    public async Task anonymous_readers_are_sent_to_sign_in_first()
    {
        var (cycle, _) = await OpenVote();
        var page = await Browser().Get($"/cycles/{cycle}/ballot");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/signin?returnUrl=", page.Location);
    }
}

using Budgeting.Domain.Common;
using Budgeting.Tests.Support;

namespace Budgeting.Tests.Proposals.Api;

public class SuggestingTests(AppFixture app) : ProposalContext(app)
{
    [Fact]
    public async Task a_citizen_suggests_a_proposal_and_anyone_reads_it_with_its_version_as_etag()
    {
        var cycle = await OpenCycle();
        var created = await Post("/api/proposals", Suggestion(cycle), Role.Citizen, 201, Citizen);
        var id = Body(created).GetProperty("id").GetGuid();
        Assert.Equal($"/api/proposals/{id}", created.Context.Response.Headers.Location.ToString());
        Assert.Equal("\"1\"", created.Context.Response.Headers.ETag.ToString());

        var read = await Host.Scenario(s => s.Get.Url($"/api/proposals/{id}"));
        Assert.Equal("\"1\"", read.Context.Response.Headers.ETag.ToString());
        var proposal = Body(read);
        Assert.Equal("suggested", proposal.GetProperty("status").GetString());
        Assert.Equal(Citizen, proposal.GetProperty("proposerId").GetString());
        Assert.Equal("online", proposal.GetProperty("channel").GetString());
        Assert.DoesNotContain("김민지", read.ReadAsText());
    }
}

using Budgeting.Api.Proposals.Notifying;
using Budgeting.Api.Proposals.PersonalData;
using Budgeting.Domain.Common;
using Budgeting.Tests.Support;
using Wolverine.Tracking;

namespace Budgeting.Tests.Proposals.Api;

public class NotificationsAndPersonalDataTests(AppFixture app) : ProposalContext(app)
{
    [Fact]
    public async Task every_change_reaches_the_proposers_inbox_in_the_transaction_that_records_it()
    {
        var cycle = await OpenCycle();
        var id = Guid.Empty;
        var tracked = await Host.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ =>
        {
            id = await Suggest(cycle);
            await Officer(id, "deliberation", new { });
            await Officer(id, "decline", new { reason = "유사 사업과 중복됩니다" });
        }));
        Assert.Empty(tracked.Sent.MessagesOf<ProposalChanged>());

        var inbox = await Host.Scenario(s =>
        {
            s.Get.Url("/api/me/notifications");
            s.WithRequestHeader("Authorization", Bearer(Role.Citizen, Citizen));
        });
        var changes = Body(inbox).EnumerateArray().Select(n => n.GetProperty("change").GetString()).ToList();
        Assert.Equal(["ProposalDeclined", "DeliberationOpened", "ProposalSuggested"], changes);
        Assert.Equal([3L, 2L, 1L], Body(inbox).EnumerateArray().Select(n => n.GetProperty("version").GetInt64()));
        Assert.Contains("유사 사업과 중복됩니다", Body(inbox)[0].GetProperty("message").GetString());

        var someoneElse = await Host.Scenario(s =>
        {
            s.Get.Url("/api/me/notifications");
            s.WithRequestHeader("Authorization", Bearer(Role.Citizen, "citizen-lee"));
        });
        Assert.Equal(0, Body(someoneElse).GetArrayLength());
    }

    [Fact]
    public async Task the_proposer_erases_their_name_and_contact_and_the_history_still_reads()
    {
        var id = await Suggest(await OpenCycle());
        await using (var query = App.Store.QuerySession())
            Assert.Equal("김민지", (await query.LoadAsync<ProposerContact>(id))!.Name);

        await Host.Scenario(s =>
        {
            s.Delete.Url($"/api/proposals/{id}/personal-data");
            s.WithRequestHeader("Authorization", Bearer(Role.Citizen, "citizen-lee"));
            s.StatusCodeShouldBe(403);
        });
        await Host.Scenario(s =>
        {
            s.Delete.Url($"/api/proposals/{id}/personal-data");
            s.WithRequestHeader("Authorization", Bearer(Role.Citizen, Citizen));
            s.StatusCodeShouldBe(204);
        });

        await using (var query = App.Store.QuerySession())
            Assert.Null(await query.LoadAsync<ProposerContact>(id));
        var history = await Host.Scenario(s => s.Get.Url($"/api/proposals/{id}/history"));
        Assert.DoesNotContain("김민지", history.ReadAsText());
        Assert.Equal(1, Body(history).GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task the_openapi_document_lists_every_proposal_command_with_its_json_body()
    {
        var doc = await GetJson("/openapi/v1.json");
        var writes = doc.GetProperty("paths").EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/proposals") && p.Value.TryGetProperty("post", out _))
            .Select(p => p.Value.GetProperty("post")).ToList();
        Assert.Equal(25, writes.Count);
        Assert.All(writes, op =>
        {
            Assert.True(op.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
            Assert.False(string.IsNullOrEmpty(op.GetProperty("operationId").GetString()));
            Assert.Equal("Proposals", op.GetProperty("tags")[0].GetString());
        });
    }
}

using System.Text.Json;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.Appealing;
using Budgeting.Domain.Proposals.DecidingAppeals;
using Budgeting.Domain.Proposals.Funding;
using Budgeting.Projections.Proposals;
using Budgeting.Tests.Support;
using static Budgeting.Tests.Proposals.Decisions.Given;

namespace Budgeting.Tests.Proposals.Api;

/// <summary>
/// A proposal's status is written once (<see cref="ProposalLifecycle"/>): after every event of every path through the
/// lifecycle, the stored read model and the public list show the status the aggregate folds to.
/// </summary>
public class StatusInEveryReadModelTests(AppFixture app) : ProposalContext(app)
{
    private static readonly Actor Committee = new("member-1", Role.Committee);

    public static TheoryData<string> Paths => [.. PathsByName.Keys];

    private static readonly Dictionary<string, object[]> PathsByName = new()
    {
        ["to evaluation"] = Evaluated,
        ["withdrawn"] = Withdrawn,
        ["not funded"] = NotFunded,
        ["declined, appeal upheld, admitted"] = [.. Declined, new DeclineAppealed(Id, Proposer, Now, "다시 봐 주세요"),
            new AppealDecided(Id, true, Committee, Now, "재검토")],
        ["declined, appeal dismissed"] = [.. Declined, new DeclineAppealed(Id, Proposer, Now, "다시 봐 주세요"),
            new AppealDecided(Id, false, Committee, Now, "중복 사업")],
        ["budgeted, funding cut to nothing, then restored"] = [.. Budgeted,
            new FundingAdjusted(Id, new Won(20_000_000), Won.Zero, Committee, Now, "의회 삭감", "제1호"),
            new FundingAdjusted(Id, Won.Zero, new Won(10_000_000), Committee, Now, "추경", "제2호")],
    };

    [Theory, MemberData(nameof(Paths))]
    public async Task the_read_model_and_the_list_show_the_aggregates_status_after_each_event(string path)
    {
        var events = PathsByName[path];
        var id = Guid.CreateVersion7();
        for (var n = 1; n <= events.Length; n++)
        {
            await using (var session = App.Store.LightweightSession())
            {
                var next = WithId(events[n - 1], id);
                if (n == 1) session.Events.StartStream<Proposal>(id, next); else session.Events.Append(id, next);
                await session.SaveChangesAsync();
            }
            await using var query = App.Store.QuerySession();
            var expected = State(events[..n]).Status;
            Assert.Equal((path, n, expected), (path, n, (await query.LoadAsync<ProposalDetails>(id))!.Status));
            var listed = (await GetJson($"/api/proposals?cycleId={Cycle}")).GetProperty("items")[0].GetProperty("status").GetString();
            Assert.Equal((path, n, JsonSerializer.Serialize(expected, Json.Options).Trim('"')), (path, n, listed));
        }
    }

    /// <summary>The same event about another proposal (each path its own stream).</summary>
    private static object WithId(object e, Guid id) => JsonSerializer.Deserialize(
        JsonSerializer.Serialize(e, e.GetType(), Json.Options).Replace(Id.ToString(), id.ToString()), e.GetType(), Json.Options)!;
}

using System.Collections.Immutable;
using System.Text.Json;
using Budgeting.Api.Commands;
using Budgeting.Api.Cycles;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Committee;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Scoring;
using Budgeting.Tests.Cycles.Decisions;
using Budgeting.Tests.Support;
using JasperFx;
using JasperFx.Events;
using Marten;
using NodaTime;

namespace Budgeting.Tests.Cycles;

public class CycleStatesTests(AppFixture app) : ApiContext(app)
{
    private static readonly JsonSerializerOptions WithFields = new() { IncludeFields = true };

    [Fact]
    public async Task a_cycle_read_on_one_node_sees_what_another_node_appended_and_equals_the_full_fold()
    {
        var cycle = Guid.CreateVersion7();
        var (proposal, other) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await Append(cycle, CycleGiven.OpenedEvent() with { CycleId = cycle }, Appointed(cycle, "member-1"), Scored(cycle, proposal, "member-1", 4));
        await using var reader = App.Store.QuerySession();
        Assert.Equal(await Full(cycle), Shape(await reader.LatestCycle(cycle, CancellationToken.None)));

        // Another node records a member, two scores, a recusal and the next phase.
        await Append(cycle, Appointed(cycle, "member-2"), Scored(cycle, proposal, "member-2", 2), Scored(cycle, other, "member-1", 5),
            new ConflictOfInterestDeclared(cycle, other, "member-2", "가족이 운영하는 단체", new Actor("member-2", Role.Committee), Now),
            CycleGiven.To(Phase.Intake, Phase.Deliberation) with { CycleId = cycle });

        var latest = await reader.LatestCycle(cycle, CancellationToken.None);
        Assert.Equal(await Full(cycle), Shape(latest));
        Assert.Equal((Phase.Deliberation, 3, true), (latest!.Phase, latest.LiveScores.Count, latest.IsRecused(other, "member-2")));
        Assert.Null(await reader.LatestCycle(proposal, CancellationToken.None));
    }

    [Fact]
    public void the_state_folded_before_is_brought_forward_by_the_events_after_it_and_refused_when_its_last_event_differs()
    {
        var opened = Stored(CycleGiven.OpenedEvent(), 1);
        var known = CycleStates.Fold(null, [opened])!;
        // A marker the events never write: it survives only if the known state is brought forward, not folded again.
        known = known with { State = known.State! with { Name = "folded before" } };
        var advanced = Stored(CycleGiven.To(Phase.Intake, Phase.Deliberation), 2);

        var forward = CycleStates.Fold(known, [opened, advanced])!;
        Assert.Equal(("folded before", Phase.Deliberation, 2L, advanced.Id), (forward.State!.Name, forward.State.Phase, forward.Version, forward.LastEvent));
        Assert.Same(known, CycleStates.Fold(known, [opened]));
        Assert.Null(CycleStates.Fold(known, [Stored(CycleGiven.OpenedEvent(), 1), advanced]));
        Assert.Null(CycleStates.Fold(known, []));
        Assert.Null(CycleStates.Fold(null, []).State);
    }

    [Fact]
    public async Task a_cycle_command_decided_on_the_version_another_command_changed_meanwhile_is_refused_and_records_nothing()
    {
        var cycle = Guid.CreateVersion7();
        await Append(cycle, CycleGiven.OpenedEvent() with { CycleId = cycle });
        var sender = new Sender(CycleGiven.Admin, Now, null, CancellationToken.None);
        Outcome? meanwhile = null;

        await using var late = App.Store.LightweightSession();
        // While the late command decides on version 1, another one appoints a member and commits version 2.
        await Assert.ThrowsAnyAsync<ConcurrencyException>(() => late.SendToCycle(cycle, (state, by, now) =>
        {
            meanwhile = Task.Run(async () =>
            {
                await using var first = App.Store.LightweightSession();
                return await first.SendToCycle(cycle, (s, b, n) => AppointMember.Decide(s, new AppointMember("member-1"), b, n), sender);
            }).GetAwaiter().GetResult();
            return AppointMember.Decide(state, new AppointMember("member-2"), by, now);
        }, sender));

        Assert.Equal(new Outcome.Accepted(cycle, 2), meanwhile);
        await using var reader = App.Store.QuerySession();
        var latest = await reader.LatestCycle(cycle, CancellationToken.None);
        Assert.Equal((2L, "member-1"), ((await reader.Events.FetchStreamStateAsync(cycle))!.Version, string.Join(",", latest!.Committee.Order())));
        // Decided again on the latest version, the same command is recorded after the first.
        await using var again = App.Store.LightweightSession();
        Assert.Equal(new Outcome.Accepted(cycle, 3), await again.SendToCycle(cycle,
            (state, by, now) => AppointMember.Decide(state, new AppointMember("member-2"), by, now), sender with { ExpectedVersion = 2 }));
    }

    private static Instant Now => AppFixture.Start;

    private static CommitteeMemberAppointed Appointed(Guid cycle, string member) => new(cycle, member, CycleGiven.Admin, Now);

    private static ProposalScored Scored(Guid cycle, Guid proposal, string member, int each) =>
        new(cycle, proposal, member, new Scores(each, each, each, each), "근거를 검토했습니다", new Actor(member, Role.Committee), Now);

    private static IEvent Stored<T>(T data, long version) where T : notnull => new Event<T>(data) { Id = Guid.NewGuid(), Version = version };

    private async Task Append(Guid cycle, params object[] events)
    {
        await using var session = App.Store.LightweightSession();
        session.Events.Append(cycle, events);
        await session.SaveChangesAsync();
    }

    private async Task<string> Full(Guid cycle)
    {
        await using var session = App.Store.QuerySession();
        return Shape(await session.Events.AggregateStreamAsync<BudgetCycle>(cycle));
    }

    /// <summary>Everything the cycle holds, comparable across two folds (its collections are compared by content).</summary>
    private static string Shape(BudgetCycle? cycle) => cycle is null
        ? "none"
        : JsonSerializer.Serialize(cycle with { LiveScores = ImmutableDictionary<(Guid, string), Scores>.Empty, Committee = [], Recusals = [] }, WithFields)
          + string.Join(";", cycle.LiveScores.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}"))
          + string.Join(";", cycle.Committee.Order()) + string.Join(";", cycle.Recusals.Order());
}

using System.Diagnostics;
using Alba;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Projections.Cycles;
using Budgeting.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Wolverine;
using Wolverine.Tracking;

namespace Budgeting.Tests.Cycles;

/// <summary>A deadline scheduled by one engine process fires in the next one after a restart, exactly once.</summary>
[Collection(ApiCollection.Name)]
public class PhaseDeadlineRestartTests
{
    [Fact]
    public async Task a_deadline_that_passes_while_the_engine_is_down_fires_after_restart_exactly_once()
    {
        const string schema = "drill_deadlines";
        var clock = new FakeClock(SystemClock.Instance.GetCurrentInstant());
        var intakeEnds = clock.GetCurrentInstant().Plus(Duration.FromSeconds(3)).InZone(Seoul.Zone).LocalDateTime;
        var later = intakeEnds.PlusDays(30);
        Guid id;

        await using (var first = await AppFixture.StartHost(clock, schema))
        {
            await first.ResetAllMartenDataAsync();
            IScenarioResult created = null!;
            await first.TrackActivity().Timeout(TimeSpan.FromSeconds(30)).ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ =>
                created = await first.Scenario(s =>
            {
                s.Post.Json(new
                {
                    name = "Restart drill", scope = "city", fiscalYear = 2027, envelope = 1_000_000,
                    schedule = new
                    {
                        intakeEnds = Iso(intakeEnds), deliberationEnds = Iso(later), prioritisationEnds = Iso(later.PlusDays(1)),
                        allocationEnds = Iso(later.PlusDays(2)), implementationEnds = Iso(later.PlusDays(3)),
                        evaluationEnds = Iso(later.PlusDays(4)),
                    },
                }, JsonStyle.MinimalApi).ToUrl("/api/cycles");
                s.WithRequestHeader("Authorization", "Bearer " + AppFixture.Token(Role.Admin));
                s.StatusCodeShouldBe(201);
            })));
            id = (await created.ReadAsJsonAsync<Created>())!.Id;
        }

        clock.AdvanceHours(1);
        await using var second = await AppFixture.StartHost(clock, schema);
        var store = second.Services.GetRequiredService<IDocumentStore>();
        var waited = Stopwatch.StartNew();
        // Usually a few seconds (the first process released its scheduled envelope on shutdown). Under a loaded full run the
        // release can be cut short, and the second process then takes the envelope over from a node it finds dead, which
        // takes Wolverine's stale-node timeout: 45 s was not always enough on 2 cores.
        while (await Phase(store, id) != Domain.Cycles.Scheduling.Phase.Deliberation && waited.Elapsed < TimeSpan.FromSeconds(120))
            await Task.Delay(250);

        Assert.Equal(Domain.Cycles.Scheduling.Phase.Deliberation, await Phase(store, id));
        await using var session = store.QuerySession();
        Assert.Single(await session.Events.FetchStreamAsync(id), e => e.Data is PhaseAdvanced);
    }

    private static string Iso(LocalDateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss", null);

    private static async Task<Phase?> Phase(IDocumentStore store, Guid id)
    {
        await using var session = store.QuerySession();
        return (await session.LoadAsync<CycleView>(id))?.Phase;
    }

    private sealed record Created(Guid Id);
}

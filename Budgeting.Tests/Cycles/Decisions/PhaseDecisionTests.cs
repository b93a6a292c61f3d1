using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Scheduling;
using NodaTime;
using static Budgeting.Tests.Cycles.Decisions.CycleGiven;

namespace Budgeting.Tests.Cycles.Decisions;

public class PhaseDecisionTests
{
    [Fact]
    public void nothing_is_due_before_the_intake_deadline_in_seoul_time()
    {
        var due = AdvancePhase.Decide(Cycle(), Local(2026, 2, 1, 17, 59));
        Assert.Empty(due.Events);
    }

    [Fact]
    public void intake_ends_at_its_seoul_deadline_and_deliberation_opens()
    {
        var due = AdvancePhase.Decide(Cycle(), Local(2026, 2, 1, 18, 0));
        var advanced = Assert.IsType<PhaseAdvanced>(Assert.Single(due.Events));
        Assert.Equal((Phase.Intake, Phase.Deliberation, "deadline", Actor.Engine), (advanced.From, advanced.To, advanced.Trigger, advanced.By));
    }

    [Fact]
    public void an_engine_down_across_two_deadlines_catches_up_phase_by_phase()
    {
        var due = AdvancePhase.Decide(Cycle(), Local(2026, 3, 15, 9, 0));
        Assert.Equal([(Phase.Intake, Phase.Deliberation), (Phase.Deliberation, Phase.Prioritisation)],
            due.Events.Cast<PhaseAdvanced>().Select(e => (e.From, e.To)));
    }

    [Fact]
    public void a_repeated_deadline_message_changes_nothing_the_second_time()
    {
        var now = Local(2026, 2, 2, 9, 0);
        var once = AdvancePhase.Decide(Cycle(), now);
        var twice = AdvancePhase.Decide(Cycle(once.Events.ToArray()), now);
        Assert.Single(once.Events);
        Assert.Empty(twice.Events);
    }

    [Fact]
    public void an_extended_phase_is_not_due_at_its_old_deadline()
    {
        var extended = new PhaseExtended(CycleId, Phase.Intake, new LocalDateTime(2026, 2, 1, 18, 0),
            new LocalDateTime(2026, 2, 10, 18, 0), "more field office visits", Admin, Opened);
        Assert.Empty(AdvancePhase.Decide(Cycle(extended), Local(2026, 2, 5, 9, 0)).Events);
        Assert.Single(AdvancePhase.Decide(Cycle(extended), Local(2026, 2, 10, 18, 0)).Events);
    }

    [Fact]
    public void an_administrator_advances_the_open_phase_with_a_reason()
    {
        var decision = AdvancePhase.Decide(Cycle(), new AdvancePhase(Phase.Intake, "enough proposals"), Admin, Opened);
        var advanced = Assert.IsType<PhaseAdvanced>(Assert.Single(decision.Events));
        Assert.Equal(("administrator", "enough proposals", Phase.Deliberation), (advanced.Trigger, advanced.Reason, advanced.To));
    }

    [Fact]
    public void advancing_a_phase_that_is_no_longer_open_is_a_conflict()
    {
        var decision = AdvancePhase.Decide(Cycle(InPhase(Phase.Deliberation)), new AdvancePhase(Phase.Intake, "late click"), Admin, Opened);
        Assert.Equal(("phase-moved", RejectionKind.Conflict), (decision.Rejection!.Rule, decision.Rejection.Kind));
    }

    [Fact]
    public void advancing_needs_a_reason_and_an_administrator()
    {
        Assert.Equal("reason", AdvancePhase.Decide(Cycle(), new AdvancePhase(Phase.Intake, ""), Admin, Opened).Rejection!.Field);
        Assert.Equal(RejectionKind.Forbidden,
            AdvancePhase.Decide(Cycle(), new AdvancePhase(Phase.Intake, "because"), Member, Opened).Rejection!.Kind);
    }

    [Fact]
    public void a_phase_is_extended_only_later_and_before_the_next_phase_ends()
    {
        var cycle = Cycle();
        var ok = ExtendPhase.Decide(cycle, new ExtendPhase(Phase.Intake, new LocalDateTime(2026, 2, 15, 18, 0), "late start"), Admin, Opened);
        Assert.IsType<PhaseExtended>(Assert.Single(ok.Events));
        var earlier = ExtendPhase.Decide(cycle, new ExtendPhase(Phase.Intake, new LocalDateTime(2026, 1, 15, 18, 0), "oops"), Admin, Opened);
        Assert.Equal("later", earlier.Rejection!.Rule);
        var tooLate = ExtendPhase.Decide(cycle, new ExtendPhase(Phase.Intake, new LocalDateTime(2026, 3, 5, 18, 0), "long"), Admin, Opened);
        Assert.Equal("before-next", tooLate.Rejection!.Rule);
    }

    [Fact]
    public void a_command_outside_its_phase_says_which_phase_is_open_and_when_the_needed_one_opens()
    {
        var rejection = Cycle().PhaseCheck(Phase.Prioritisation, "scoring")!;
        Assert.Equal(RejectionKind.Conflict, rejection.Kind);
        Assert.Contains("the Intake phase is open until 2026-02-01 18:00", rejection.Message);
        Assert.Contains("the Prioritisation phase opens at 2026-03-01 18:00", rejection.Message);
    }

    [Fact]
    public void the_default_schedule_runs_implementation_to_the_end_of_the_fiscal_year()
    {
        var schedule = CycleSchedule.Default(Instant.FromUtc(2026, 1, 5, 0, 0), 2026, withVoting: true);
        Assert.Equal(new LocalDateTime(2026, 12, 31, 18, 0), schedule.DeadlineOf(Phase.Implementation)!.EndsAt);
        Assert.True(schedule.HasVoting);
        Assert.Equal(Phase.Voting, schedule.Next(Phase.Prioritisation));
    }
}

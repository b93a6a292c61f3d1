using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Opening;
using Budgeting.Domain.Cycles.Scheduling;
using NodaTime;

namespace Budgeting.Tests.Cycles;

public class OpenCycleDecisionTests
{
    private static readonly Actor Admin = new("admin-1", Role.Admin);
    private static readonly Instant Now = Instant.FromUtc(2026, 1, 5, 9, 0);
    private static readonly Guid Id = Guid.Parse("0195f1c0-0000-7000-8000-000000000001");

    [Fact]
    public void an_administrator_opening_a_valid_cycle_gives_one_cycle_opened_event()
    {
        var decision = OpenCycle.Decide(Id, new OpenCycle(" Seoul 2026 ", "city", 2026, 10_000_000_000), Admin, Now);

        var opened = Assert.IsType<CycleOpened>(Assert.Single(decision.Events));
        Assert.Equal((Id, "Seoul 2026", "city", 2026, new Won(10_000_000_000), "committee_priority", Admin, Now),
            (opened.CycleId, opened.Name, opened.Scope, opened.FiscalYear, opened.Envelope, opened.Rule, opened.By, opened.At));
        Assert.Equal(CycleSchedule.Default(Now, 2026, withVoting: false).Deadlines, opened.Schedule.Deadlines);
    }

    [Fact]
    public void an_officer_may_not_open_a_cycle()
    {
        var decision = OpenCycle.Decide(Id, new OpenCycle("Seoul 2026", "city", 2026, 1), new Actor("o-1", Role.Officer), Now);
        Assert.Equal(RejectionKind.Forbidden, decision.Rejection!.Kind);
        Assert.Empty(decision.Events);
    }

    [Theory]
    [InlineData(null, "city", 2026, 1L, "name", "required")]
    [InlineData("Seoul", "nowhere", 2026, 1L, "scope", "known-scope")]
    [InlineData("Seoul", "city", null, 1L, "fiscalYear", "required")]
    [InlineData("Seoul", "city", 1999, 1L, "fiscalYear", "range")]
    [InlineData("Seoul", "city", 2026, null, "envelope", "required")]
    [InlineData("Seoul", "city", 2026, 0L, "envelope", "positive")]
    [InlineData("Seoul", "city", 2026, 1_000_000_000_001L, "envelope", "ceiling")]
    public void invalid_commands_are_rejected_naming_field_and_rule(
        string? name, string? scope, int? year, long? envelope, string field, string rule)
    {
        var rejection = OpenCycle.Decide(Id, new OpenCycle(name, scope, year, envelope), Admin, Now).Rejection!;
        Assert.Equal((RejectionKind.Invalid, field, rule), (rejection.Kind, rejection.Field, rejection.Rule));
    }
}

using System.Globalization;
using Budgeting.Api.Web.UI;
using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Opening;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Voting;
using NodaTime;

namespace Budgeting.Api.Web.Admin.Opening;

/// <summary>One group of a cycle's settings on the opening form: its fields give their part of the command.</summary>
public interface ICycleSettings
{
    /// <summary>The command with this group's part set, or the first value typed here that cannot be read.</summary>
    (OpenCycle Command, Rejection? Unreadable) Into(OpenCycle command);
}

/// <summary>
/// The opening form: a group per kind of setting, each with its own component (<c>BasicsFields</c>, <c>RuleFields</c>,
/// <c>VotingFields</c>, <c>ScheduleFields</c>). A new setting of <see cref="OpenCycle"/> becomes a group here, a component,
/// and one entry of <see cref="Groups"/>.
/// </summary>
public sealed class OpenCycleForm
{
    public BasicsGroup Basics { get; set; } = new();
    public RuleGroup Rule { get; set; } = new();
    public VotingGroup Voting { get; set; } = new();
    public ScheduleGroup Schedule { get; set; } = new();

    private IEnumerable<ICycleSettings> Groups => [Basics, Rule, Voting, Schedule];

    /// <summary>What the form shows first: next year's municipal budget, committee priority, the default schedule.</summary>
    public static OpenCycleForm Defaults(Instant now)
    {
        var year = Seoul.FiscalYearOf(now) + 1;
        var schedule = CycleSchedule.Default(now, year, withVoting: true);
        return new OpenCycleForm
        {
            Basics = BasicsGroup.Defaults(year),
            Rule = new RuleGroup { Name = AllocationRuleNames.CommitteePriority },
            Voting = VotingGroup.Defaults(schedule),
            Schedule = ScheduleGroup.Defaults(schedule),
        };
    }

    /// <summary>The same command the API receives, or the first value that could not be read at the form's edge.</summary>
    public (OpenCycle? Command, Rejection? Unreadable) Command()
    {
        var command = new OpenCycle(null, null, null, null);
        foreach (var group in Groups)
        {
            (command, var unreadable) = group.Into(command);
            if (unreadable is not null) return (null, unreadable);
        }
        return (command, null);
    }

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    internal static ScheduleInput Unscheduled => new(null, null, null, null, null, null, null);
}

public sealed class BasicsGroup : ICycleSettings
{
    public string? Name { get; set; }
    public string? Scope { get; set; }
    public string? FiscalYear { get; set; }
    public string? Envelope { get; set; }

    public static BasicsGroup Defaults(int year) => new()
    {
        Scope = Seoul.CityWide,
        FiscalYear = year.ToString(CultureInfo.InvariantCulture),
        Envelope = Seoul.MunicipalEnvelope.Value.ToString("N0", CultureInfo.InvariantCulture),
    };

    public (OpenCycle, Rejection?) Into(OpenCycle command)
    {
        var (year, badYear) = WholeNumber.Parse("fiscalYear", FiscalYear);
        var (envelope, badEnvelope) = WholeWon.Parse("envelope", Envelope);
        return (command with { Name = Name, Scope = Scope, FiscalYear = year, Envelope = envelope }, badYear ?? badEnvelope);
    }
}

public sealed class RuleGroup : ICycleSettings
{
    public string? Name { get; set; }

    public (OpenCycle, Rejection?) Into(OpenCycle command) => (command with { Rule = OpenCycleForm.Blank(Name) }, null);
}

/// <summary>The citizen vote: none, or a ballot kind with its limits, and the end of the voting phase.</summary>
public sealed class VotingGroup : ICycleSettings
{
    public string? Kind { get; set; }
    public string? Ends { get; set; }
    public string? MinProjects { get; set; }
    public string? MaxProjects { get; set; }
    public string? CostLimit { get; set; }
    public string? Points { get; set; }
    public string? MaxPointsPerProject { get; set; }
    public string? MinimumAge { get; set; }
    public bool TalliesVisibleDuringVoting { get; set; }

    private bool HasSettings => TalliesVisibleDuringVoting
        || new[] { MinProjects, MaxProjects, CostLimit, Points, MaxPointsPerProject, MinimumAge }.Any(v => OpenCycleForm.Blank(v) is not null);

    public static VotingGroup Defaults(CycleSchedule schedule) => new()
    {
        Kind = "",
        Ends = schedule.DeadlineOf(Phase.Voting) is { } voting ? SeoulTime.Input(voting.EndsAt) : null,
    };

    /// <summary>
    /// Without a ballot kind or any ballot setting the cycle has no vote: neither settings nor a voting phase are sent. Settings
    /// without a kind are sent as they are, for the decision to ask for the kind.
    /// </summary>
    public (OpenCycle, Rejection?) Into(OpenCycle command)
    {
        if (OpenCycleForm.Blank(Kind) is null && !HasSettings) return (command, null);
        var (ends, badEnds) = SeoulTime.Parse("schedule.votingEnds", Ends);
        var (min, badMin) = WholeNumber.Parse("voting.minProjects", MinProjects);
        var (max, badMax) = WholeNumber.Parse("voting.maxProjects", MaxProjects);
        var (limit, badLimit) = WholeWon.Parse("voting.costLimit", CostLimit);
        var (points, badPoints) = WholeNumber.Parse("voting.points", Points);
        var (perProject, badPerProject) = WholeNumber.Parse("voting.maxPointsPerProject", MaxPointsPerProject);
        var (age, badAge) = WholeNumber.Parse("voting.minimumAge", MinimumAge);
        var kind = Enum.TryParse<BallotKind>(Kind, ignoreCase: true, out var k) ? k : (BallotKind?)null;
        var voting = new VotingInput(kind, min, max, limit, points, perProject, age, TalliesVisibleDuringVoting);
        var schedule = (command.Schedule ?? OpenCycleForm.Unscheduled) with { VotingEnds = ends };
        return (command with { Voting = voting, Schedule = schedule },
            badEnds ?? badMin ?? badMax ?? badLimit ?? badPoints ?? badPerProject ?? badAge);
    }
}

/// <summary>The ends of the phases every cycle has, as Asia/Seoul local date-times (the vote's end is the vote's group's).</summary>
public sealed class ScheduleGroup : ICycleSettings
{
    public string? IntakeEnds { get; set; }
    public string? DeliberationEnds { get; set; }
    public string? PrioritisationEnds { get; set; }
    public string? AllocationEnds { get; set; }
    public string? ImplementationEnds { get; set; }
    public string? EvaluationEnds { get; set; }

    public static ScheduleGroup Defaults(CycleSchedule schedule)
    {
        string? End(Phase phase) => schedule.DeadlineOf(phase) is { } d ? SeoulTime.Input(d.EndsAt) : null;
        return new ScheduleGroup
        {
            IntakeEnds = End(Phase.Intake), DeliberationEnds = End(Phase.Deliberation), PrioritisationEnds = End(Phase.Prioritisation),
            AllocationEnds = End(Phase.Allocation), ImplementationEnds = End(Phase.Implementation), EvaluationEnds = End(Phase.Evaluation),
        };
    }

    public (OpenCycle, Rejection?) Into(OpenCycle command)
    {
        var (intake, deliberation, prioritisation) = (Read(Phase.Intake, IntakeEnds), Read(Phase.Deliberation, DeliberationEnds),
            Read(Phase.Prioritisation, PrioritisationEnds));
        var (allocation, implementation, evaluation) = (Read(Phase.Allocation, AllocationEnds),
            Read(Phase.Implementation, ImplementationEnds), Read(Phase.Evaluation, EvaluationEnds));
        var schedule = (command.Schedule ?? OpenCycleForm.Unscheduled) with
        {
            IntakeEnds = intake.Value, DeliberationEnds = deliberation.Value, PrioritisationEnds = prioritisation.Value,
            AllocationEnds = allocation.Value, ImplementationEnds = implementation.Value, EvaluationEnds = evaluation.Value,
        };
        return (command with { Schedule = schedule }, intake.Refusal ?? deliberation.Refusal ?? prioritisation.Refusal
            ?? allocation.Refusal ?? implementation.Refusal ?? evaluation.Refusal);
    }

    private static (LocalDateTime? Value, Rejection? Refusal) Read(Phase phase, string? text) =>
        SeoulTime.Parse("schedule." + ScheduleInput.Field(phase), text);
}

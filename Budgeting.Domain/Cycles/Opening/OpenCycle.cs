using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Participation;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Voting;
using NodaTime;

namespace Budgeting.Domain.Cycles.Opening;

/// <summary>An administrator opens a budget cycle for the city or one district.</summary>
public sealed record OpenCycle(
    string? Name, string? Scope, int? FiscalYear, long? Envelope, string? Rule = null, ScheduleInput? Schedule = null,
    VotingInput? Voting = null, RuleParameters? RuleParameters = null, ParticipationInput? Participation = null, BlendInput? Blend = null)
{
    public const int MinFiscalYear = 2000, MaxFiscalYear = 2100;

    public Rejection? Validate() => Validation.FirstOf(
        Validation.Text("name", Name, 3, 200),
        Seoul.IsKnownScope(Scope) ? null
            : Rejection.Invalid("scope", "known-scope", "scope must be \"city\" or one of the 25 Seoul district codes (e.g. \"gangnam-gu\")"),
        FiscalYear is null ? Rejection.Invalid("fiscalYear", "required", "fiscalYear is required")
            : FiscalYear is < MinFiscalYear or > MaxFiscalYear
                ? Rejection.Invalid("fiscalYear", "range", $"fiscalYear must be between {MinFiscalYear} and {MaxFiscalYear}")
                : null,
        Validation.PositiveWon("envelope", Envelope),
        Rule is null ? null : AllocationRuleNames.Check(Rule),
        Rule is not null && !AllocationRuleNames.IsKnown(Rule) ? null
            : AllocationRuleNames.CheckParameters(Rule ?? AllocationRuleNames.CommitteePriority,
                RuleParameters ?? Rules.RuleParameters.None),
        Voting?.ToSettings().Rejection,
        Participation?.ToSettings().Rejection,
        Blend?.ToWeights().Rejection);

    public static Decision Decide(Guid cycleId, OpenCycle command, Actor by, Instant now)
    {
        if (!by.Is(Role.Admin)) return Rejection.Forbidden("admin-only", "only an administrator opens budget cycles");
        if (command.Validate() is { } invalid) return invalid;
        var rule = command.Rule ?? AllocationRuleNames.CommitteePriority;
        var (schedule, badSchedule) = command.Schedule is null
            ? (CycleSchedule.Default(now, command.FiscalYear!.Value, AllocationRuleNames.NeedsVoting(rule) || command.Voting is not null), null)
            : command.Schedule.ToSchedule(now);
        if (badSchedule is not null) return badSchedule;
        if (AllocationRuleNames.NeedsVoting(rule) && !schedule!.HasVoting)
            return Rejection.Invalid("schedule.votingEnds", "required-for-rule", $"rule {rule} needs a citizen voting phase");
        if (command.Voting is not null && !schedule!.HasVoting)
            return Rejection.Invalid("schedule.votingEnds", "required-for-voting", "voting settings need a voting phase in the schedule");
        var voting = schedule!.HasVoting ? command.Voting?.ToSettings().Settings ?? VotingSettings.Default : null;
        if (AllocationRuleNames.NeedsPoints(rule) && voting?.Kind != BallotKind.Cumulative)
            return Rejection.Invalid("voting.kind", "cumulative-for-rule", $"rule {rule} needs cumulative (points) ballots");
        if (command.Blend is not null && rule != AllocationRuleNames.Blend)
            return Rejection.Invalid("blend", "only-for-blend", $"blend weights apply to the {AllocationRuleNames.Blend} rule only");
        return Decision.Accept(new CycleOpened(cycleId, command.Name!.Trim(), command.Scope!, command.FiscalYear!.Value,
            new Won(command.Envelope!.Value), rule, schedule, by, now, voting, command.RuleParameters,
            command.Participation?.ToSettings().Settings ?? ParticipationSettings.Default,
            rule == AllocationRuleNames.Blend ? command.Blend?.ToWeights().Weights ?? BlendWeights.Default : null));
    }
}

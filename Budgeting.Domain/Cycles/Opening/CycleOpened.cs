using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Participation;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Voting;
using NodaTime;

namespace Budgeting.Domain.Cycles.Opening;

public sealed record CycleOpened(
    Guid CycleId, string Name, string Scope, int FiscalYear, Won Envelope, string Rule, CycleSchedule Schedule,
    Actor By, Instant At, VotingSettings? Voting = null, RuleParameters? RuleParameters = null,
    ParticipationSettings? Participation = null, BlendWeights? Blend = null);

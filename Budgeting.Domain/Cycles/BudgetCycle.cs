using System.Collections.Immutable;
using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.AllocationRule;
using Budgeting.Domain.Cycles.Committee;
using Budgeting.Domain.Cycles.Envelope;
using Budgeting.Domain.Cycles.Opening;
using Budgeting.Domain.Cycles.Participation;
using Budgeting.Domain.Cycles.Recommending;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Scoring;
using Budgeting.Domain.Cycles.Voting;

namespace Budgeting.Domain.Cycles;

/// <summary>The decision state of one budget cycle, folded from its events.</summary>
public sealed record BudgetCycle(
    Guid Id, string Name, string Scope, int FiscalYear, Won Envelope, string Rule, CycleSchedule Schedule, Phase Phase)
{
    public ImmutableHashSet<string> Committee { get; init; } = [];
    public ImmutableDictionary<(Guid Proposal, string Member), Scores> LiveScores { get; init; } =
        ImmutableDictionary<(Guid, string), Scores>.Empty;
    public ImmutableHashSet<(Guid Proposal, string Member)> Recusals { get; init; } = [];
    public ImmutableList<RankedProposal>? Recommendation { get; init; }
    public AllocationDecided? Allocation { get; init; }
    /// <summary>How citizens vote; null when the cycle has no voting phase (older cycles with one vote by the defaults).</summary>
    public VotingSettings? Voting { get; init; }
    /// <summary>The rule's parameters, such as the minimum score of greedy_threshold.</summary>
    public RuleParameters RuleParameters { get; init; } = RuleParameters.None;
    /// <summary>What public support obliges (cycles opened before it was a setting have Seoul's defaults).</summary>
    public ParticipationSettings Participation { get; init; } = ParticipationSettings.Default;
    /// <summary>The blend rule's weights (cycles opened before they were a setting blend half and half).</summary>
    public BlendWeights Blend { get; init; } = BlendWeights.Default;

    public static BudgetCycle Open(CycleOpened e) =>
        new(e.CycleId, e.Name, e.Scope, e.FiscalYear, e.Envelope, e.Rule, e.Schedule, Phase.Intake)
        {
            Voting = e.Voting ?? (e.Schedule.HasVoting ? VotingSettings.Default : null),
            RuleParameters = e.RuleParameters ?? RuleParameters.None,
            Participation = e.Participation ?? ParticipationSettings.Default,
            Blend = e.Blend ?? BlendWeights.Default,
        };

    /// <summary>The fold the event store uses: the state after one more event (unknown events change nothing).</summary>
    public static BudgetCycle? Evolve(BudgetCycle? state, object @event) => (state, @event) switch
    {
        (_, CycleOpened e) => Open(e),
        (null, _) => null,
        (_, PhaseAdvanced e) => state with { Phase = e.To },
        (_, PhaseExtended e) => state with { Schedule = state.Schedule.Extend(e.Phase, e.NewEnd) },
        (_, EnvelopeChanged e) => state with { Envelope = e.To },
        (_, RuleChanged e) => state with { Rule = e.To, RuleParameters = e.Parameters },
        (_, CommitteeMemberAppointed e) => state with { Committee = state.Committee.Add(e.MemberId) },
        (_, CommitteeMemberRemoved e) => state with { Committee = state.Committee.Remove(e.MemberId) },
        (_, ProposalScored e) => state with { LiveScores = state.LiveScores.SetItem((e.ProposalId, e.MemberId), e.Scores) },
        (_, ConflictOfInterestDeclared e) => state with { Recusals = state.Recusals.Add((e.ProposalId, e.MemberId)) },
        (_, RecommendationIssued e) => state with { Recommendation = e.Ranking },
        (_, AllocationDecided e) => state with { Allocation = e },
        _ => state,
    };

    public bool IsRecused(Guid proposal, string member) => Recusals.Contains((proposal, member));

    public ImmutableList<RankedProposal> CurrentRanking() => Ranking.From(
        LiveScores.Select(s => (s.Key.Proposal, s.Key.Member, s.Value)), Committee, IsRecused);

    public Rejection? MemberCheck(Actor actor) => actor.Is(Role.Committee) && Committee.Contains(actor.Id)
        ? null
        : Rejection.Forbidden("committee-member-only", "only members of this cycle's committee may do this");

    /// <summary>Refuses a command outside its phase, saying which phase is open and when the needed one opens.</summary>
    public Rejection? PhaseCheck(Phase needed, string action)
    {
        if (Phase == needed) return null;
        var openUntil = Schedule.DeadlineOf(Phase) is { } d ? $" until {d.EndsAt:yyyy-MM-dd HH:mm} (Asia/Seoul)" : "";
        var opens = Schedule.OpensAt(needed) is { } at && needed > Phase
            ? $"; the {needed} phase opens at {at:yyyy-MM-dd HH:mm} (Asia/Seoul)"
            : needed < Phase ? $"; the {needed} phase is over" : "";
        return Rejection.Conflict("wrong-phase", $"{action} needs the {needed} phase, but the {Phase} phase is open{openUntil}{opens}")
            .With(("needed", needed), ("phase", Phase), ("variant", needed < Phase ? "over" : "later"));
    }
}

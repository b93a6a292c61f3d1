using Budgeting.Domain.Rules;
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
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Budgeting.Projections.Cycles;

public sealed class CycleViewProjection : SingleStreamProjection<CycleView, Guid>
{
    public static CycleView Create(IEvent<CycleOpened> e) => new()
    {
        Id = e.Data.CycleId, Name = e.Data.Name, Scope = e.Data.Scope, FiscalYear = e.Data.FiscalYear,
        Envelope = e.Data.Envelope, Rule = e.Data.Rule, Phase = Phase.Intake, Schedule = [.. e.Data.Schedule.Deadlines],
        OpenedAt = e.Data.At, UpdatedAt = e.Data.At,
        Voting = e.Data.Voting ?? (e.Data.Schedule.HasVoting ? VotingSettings.Default : null),
        RuleParameters = e.Data.RuleParameters ?? RuleParameters.None,
        Participation = e.Data.Participation ?? ParticipationSettings.Default,
        Blend = e.Data.Rule == AllocationRuleNames.Blend ? e.Data.Blend ?? BlendWeights.Default : null,
    };

    public static CycleView Apply(PhaseAdvanced e, CycleView v) => v with { Phase = e.To, UpdatedAt = e.At };

    public static CycleView Apply(PhaseExtended e, CycleView v) => v with
    {
        Schedule = v.Schedule.Select(d => d.Phase == e.Phase ? d with { EndsAt = e.NewEnd } : d).ToList(), UpdatedAt = e.At,
    };

    public static CycleView Apply(EnvelopeChanged e, CycleView v) => v with { Envelope = e.To, UpdatedAt = e.At };

    public static CycleView Apply(RuleChanged e, CycleView v) => v with { Rule = e.To, RuleParameters = e.Parameters, UpdatedAt = e.At };

    public static CycleView Apply(CommitteeMemberAppointed e, CycleView v) =>
        Ranked(v with { Committee = [.. v.Committee, e.MemberId], UpdatedAt = e.At });

    public static CycleView Apply(CommitteeMemberRemoved e, CycleView v) =>
        Ranked(v with { Committee = v.Committee.Where(m => m != e.MemberId).ToList(), UpdatedAt = e.At });

    public static CycleView Apply(ProposalScored e, CycleView v) => Ranked(v with
    {
        Scores = [.. v.Scores.Where(s => (s.ProposalId, s.MemberId) != (e.ProposalId, e.MemberId)),
            new LiveScore(e.ProposalId, e.MemberId, e.Scores, e.Rationale, e.At)],
        UpdatedAt = e.At,
    });

    public static CycleView Apply(ConflictOfInterestDeclared e, CycleView v) =>
        Ranked(v with { Recusals = [.. v.Recusals, new Recusal(e.ProposalId, e.MemberId, e.Reason)], UpdatedAt = e.At });

    public static CycleView Apply(RecommendationIssued e, CycleView v) => v with { Recommendation = [.. e.Ranking], UpdatedAt = e.At };

    public static CycleView Apply(AllocationDecided e, CycleView v) => v with
    {
        Allocation = new AllocationSummary(e.Rule, e.Envelope, e.Total, [.. e.Funded], [.. e.NotFunded], e.InputsDigest, e.By.Id, e.At),
        UpdatedAt = e.At,
    };

    private static CycleView Ranked(CycleView v) => v with
    {
        Ranking = [.. Ranking.From(v.Scores.Select(s => (s.ProposalId, s.MemberId, s.Scores)), v.Committee.ToHashSet(),
            (p, m) => v.Recusals.Any(r => r.ProposalId == p && r.MemberId == m))],
    };
}

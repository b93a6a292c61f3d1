using Budgeting.Domain.Rules;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Allocating;
using Budgeting.Domain.Cycles.Participation;
using Budgeting.Domain.Cycles.Scheduling;
using Budgeting.Domain.Cycles.Scoring;
using Budgeting.Domain.Cycles.Voting;
using NodaTime;

namespace Budgeting.Projections.Cycles;

/// <summary>A budget cycle as the public reads it, with its committee's live scores and derived ranking.</summary>
public sealed record CycleView
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public string Scope { get; init; } = "";
    public int FiscalYear { get; init; }
    public Won Envelope { get; init; }
    public string Rule { get; init; } = "";
    public RuleParameters RuleParameters { get; init; } = RuleParameters.None;
    public Phase Phase { get; init; }
    public List<PhaseDeadline> Schedule { get; init; } = [];
    public List<string> Committee { get; init; } = [];
    public List<LiveScore> Scores { get; init; } = [];
    public List<Recusal> Recusals { get; init; } = [];
    public List<RankedProposal> Ranking { get; init; } = [];
    public List<RankedProposal>? Recommendation { get; init; }
    public AllocationSummary? Allocation { get; init; }
    public VotingSettings? Voting { get; init; }
    public ParticipationSettings Participation { get; init; } = ParticipationSettings.Default;
    public BlendWeights? Blend { get; init; }
    public Instant OpenedAt { get; init; }
    public Instant UpdatedAt { get; init; }
    public long Version { get; set; }
}

public sealed record LiveScore(Guid ProposalId, string MemberId, Scores Scores, string Rationale, Instant At);

public sealed record Recusal(Guid ProposalId, string MemberId, string Reason);

public sealed record AllocationSummary(string Rule, Won Envelope, Won Total, List<FundedProposal> Funded, List<Guid> NotFunded,
    string InputsDigest, string DecidedBy, Instant At);

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.CrossingThresholds;

/// <summary>
/// The proposal reached a threshold (recorded once, by the engine): <see cref="Count"/> supports for the answer and
/// forum thresholds, forum participants for the mayor's. The department's and the mayor's thresholds make an answer
/// due by <see cref="DueBy"/>; the forum threshold opens the forum until <see cref="ClosesAt"/>. The data names no
/// threshold but its own (readers tell the three apart by the words in it).
/// </summary>
public sealed record ThresholdCrossed(Guid ProposalId, Threshold Threshold, int Count, Instant? DueBy, Instant? ClosesAt, Actor By, Instant At)
    : IProposalEvent;

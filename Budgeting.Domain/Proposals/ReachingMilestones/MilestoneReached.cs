using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.ReachingMilestones;

public sealed record MilestoneReached(
    Guid ProposalId, string Title, int Progress, Actor By, Instant At) : IProposalEvent;

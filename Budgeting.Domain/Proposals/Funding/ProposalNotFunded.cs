using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Funding;

public sealed record ProposalNotFunded(
    Guid ProposalId, Guid CycleAllocationId, Actor By, Instant At) : IProposalEvent;

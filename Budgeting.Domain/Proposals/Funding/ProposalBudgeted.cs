using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Funding;

public sealed record ProposalBudgeted(
    Guid ProposalId, Won Amount, Guid CycleAllocationId, Actor By, Instant At) : IProposalEvent;

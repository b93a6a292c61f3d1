using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.RecordingSpending;

public sealed record SpendingRecorded(
    Guid ProposalId, Won Amount, string Description, bool BeyondBudget, Actor By, Instant At) : IProposalEvent;

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Funding;

public sealed record FundingAdjusted(
    Guid ProposalId, Won PreviousAmount, Won NewAmount, Actor By, Instant At, string Reason, string CouncilReference) : IProposalEvent;

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Withdrawing;

public sealed record ProposalWithdrawn(
    Guid ProposalId, Actor By, Instant At, string? Reason = null, string? OnBehalfOf = null) : IProposalEvent;

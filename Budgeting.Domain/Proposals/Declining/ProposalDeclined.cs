using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Declining;

public sealed record ProposalDeclined(
    Guid ProposalId, Actor By, Instant At, string Reason) : IProposalEvent;

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Admitting;

public sealed record ProposalAdmitted(
    Guid ProposalId, Won CostEstimate, Actor By, Instant At) : IProposalEvent;

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.EstimatingCost;

public sealed record CostEstimated(
    Guid ProposalId, Won Total, IReadOnlyList<CostLine> LineItems, Actor By, Instant At) : IProposalEvent;

public sealed record CostLine(string Description, Won Amount);

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.AssessingFeasibility;

public sealed record FeasibilityAssessed(
    Guid ProposalId, bool Feasible, Actor By, Instant At, string Reason) : IProposalEvent;

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Revising;

public sealed record ProposalRevised(
    Guid ProposalId, int ConceptVersion, string Title, string Description, string Category, Won? CostGuess,
    Actor By, Instant At, string? OnBehalfOf = null, string? Reason = null) : IProposalEvent;

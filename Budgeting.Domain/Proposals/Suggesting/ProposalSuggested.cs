using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Suggesting;

public sealed record ProposalSuggested(
    Guid ProposalId, Guid CycleId, string ProposerId, string Title, string Description, string Category,
    string District, Won? CostGuess, string Channel, Actor By, Instant At, string? OnBehalfOf = null, string? Reason = null,
    Guid? CarriedFrom = null) : IProposalEvent;

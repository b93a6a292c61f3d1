using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.CompletingImplementation;

public sealed record ImplementationCompleted(
    Guid ProposalId, Actor By, Instant At) : IProposalEvent;

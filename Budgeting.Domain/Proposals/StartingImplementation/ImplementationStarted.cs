using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.StartingImplementation;

public sealed record ImplementationStarted(
    Guid ProposalId, Actor By, Instant At) : IProposalEvent;

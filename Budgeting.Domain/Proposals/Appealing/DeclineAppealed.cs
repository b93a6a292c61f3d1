using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Appealing;

public sealed record DeclineAppealed(
    Guid ProposalId, Actor By, Instant At, string Reason, string? OnBehalfOf = null) : IProposalEvent;

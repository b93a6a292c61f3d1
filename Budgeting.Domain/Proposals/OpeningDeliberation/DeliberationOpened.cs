using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.OpeningDeliberation;

public sealed record DeliberationOpened(
    Guid ProposalId, Actor By, Instant At) : IProposalEvent;

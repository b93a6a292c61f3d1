using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.DecidingAppeals;

public sealed record AppealDecided(
    Guid ProposalId, bool Upheld, Actor By, Instant At, string Reason) : IProposalEvent;

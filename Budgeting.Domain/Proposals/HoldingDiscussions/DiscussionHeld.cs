using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.HoldingDiscussions;

public sealed record DiscussionHeld(
    Guid ProposalId, LocalDate HeldOn, IReadOnlyList<string> Participants, string Summary, Actor By, Instant At) : IProposalEvent;

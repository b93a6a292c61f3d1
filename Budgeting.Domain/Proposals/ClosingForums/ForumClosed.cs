using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.ClosingForums;

/// <summary>The forum's days are over: its participants and their stances as it closed, recorded by the engine.</summary>
public sealed record ForumClosed(
    Guid ProposalId, int Participants, int Agree, int Disagree, int Undecided, Actor By, Instant At) : IProposalEvent;

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Supporting;

/// <summary>
/// A resident supports a proposal. Each support is its own small stream, keyed by the proposal and the citizen (so a
/// popular proposal never makes its supporters wait on one stream); the events name neither the citizen nor anything
/// of theirs: the public sees counts, never who.
/// </summary>
public sealed record ProposalSupported(Guid SupportId, Guid ProposalId, Guid CycleId, Actor By, Instant At)
{
    /// <summary>The only actor support events record.</summary>
    public static readonly Actor Anonymous = new("anonymous-supporter", Role.Citizen);
}

/// <summary>The supporter withdrew their support while the support window was open; supporting again appends to the same stream.</summary>
public sealed record SupportWithdrawn(Guid SupportId, Guid ProposalId, Guid CycleId, Actor By, Instant At);

/// <summary>Where one citizen's support of one proposal stands.</summary>
public enum SupportStatus
{
    None,
    Active,
    Withdrawn,
}

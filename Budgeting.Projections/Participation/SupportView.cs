using System.Text.Json.Serialization;
using Budgeting.Domain.Proposals.Supporting;
using Marten.Events.Aggregation;

namespace Budgeting.Projections.Participation;

/// <summary>
/// One support stream as it stands: the proposal and whether the support is active (a withdrawn one stays, inactive,
/// so its stream's version is known when its supporter supports again). Nothing of the supporter.
/// </summary>
public sealed record SupportView
{
    public Guid Id { get; init; }
    public Guid ProposalId { get; init; }
    public bool Active { get; init; }
    public long Version { get; init; }

    /// <summary>The proposal while the support is active, null once withdrawn: its index alone counts a proposal's active
    /// supports. Stored as a column of its own, never in the JSON.</summary>
    [JsonIgnore]
    public Guid? ActiveProposalId => Active ? ProposalId : null;

    public SupportStatus Status => Active ? SupportStatus.Active : SupportStatus.Withdrawn;
}

public sealed class SupportViewProjection : SingleStreamProjection<SupportView, Guid>
{
    public static SupportView Create(ProposalSupported e) => new() { Id = e.SupportId, ProposalId = e.ProposalId, Active = true };

    public static SupportView Apply(ProposalSupported e, SupportView v) => v with { Active = true };

    public static SupportView Apply(SupportWithdrawn e, SupportView v) => v with { Active = false };
}

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals;

/// <summary>What every event of a proposal's stream carries: whose proposal, who caused it, when, and why.</summary>
public interface IProposalEvent
{
    Guid ProposalId { get; }
    Actor By { get; }
    Instant At { get; }
    string? Reason => null;
    string? OnBehalfOf => null;
}

namespace Budgeting.Domain.Proposals;

/// <summary>The states of DOMAIN.md's proposal lifecycle.</summary>
public enum ProposalStatus
{
    Suggested,
    InDeliberation,
    Admitted,
    Declined,
    Withdrawn,
    Budgeted,
    NotFunded,
    InImplementation,
    Implemented,
    Evaluated,
}

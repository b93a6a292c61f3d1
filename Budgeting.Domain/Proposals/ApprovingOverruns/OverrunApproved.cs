using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.ApprovingOverruns;

public sealed record OverrunApproved(
    Guid ProposalId, Won Amount, Actor By, Instant At, string Reason) : IProposalEvent;

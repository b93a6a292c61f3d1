using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Evaluating;

public sealed record EvaluationFiled(
    Guid ProposalId, int Rating, string Findings, Actor By, Instant At) : IProposalEvent;

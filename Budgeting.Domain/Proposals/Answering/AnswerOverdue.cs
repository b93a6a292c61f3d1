using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Answering;

/// <summary>An answer came due and none was posted: flagged publicly, by the engine, once.</summary>
public sealed record AnswerOverdue(Guid ProposalId, Answerer Answerer, Instant DueBy, Actor By, Instant At) : IProposalEvent;

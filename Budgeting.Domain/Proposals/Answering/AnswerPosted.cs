using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.Answering;

/// <summary>
/// An official answer: its text and outcome; a reason when not accepted; when carried, the later cycle and the id of
/// the suggestion made there (whose <c>ProposalSuggested.CarriedFrom</c> names this proposal back).
/// </summary>
public sealed record AnswerPosted(
    Guid ProposalId, Answerer Answerer, string Text, AnswerOutcome Outcome, string? Reason, Guid? CarriedIntoCycle,
    Guid? CarriedAs, Actor By, Instant At) : IProposalEvent;

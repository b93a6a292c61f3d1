using NodaTime;

namespace Budgeting.Domain.Proposals.Answering;

/// <summary>An answer the proposal is owed: when it is due, whether it was flagged overdue, and the outcome of the last one posted.</summary>
public sealed record DueAnswer(Instant DueBy, bool Overdue = false, AnswerOutcome? Outcome = null)
{
    /// <summary>Carried or not accepted settles it; an answer "under review" may be followed by another.</summary>
    public bool IsSettled => Outcome is AnswerOutcome.Carried or AnswerOutcome.NotAccepted;
}

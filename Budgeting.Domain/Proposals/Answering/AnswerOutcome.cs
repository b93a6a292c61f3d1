namespace Budgeting.Domain.Proposals.Answering;

/// <summary>What an official answer decides: carried into a later cycle as a suggestion, still under review, or not accepted (with a reason).</summary>
public enum AnswerOutcome
{
    Carried,
    UnderReview,
    NotAccepted,
}

using Budgeting.Domain.Common;

namespace Budgeting.Domain.Cycles.Participation;

/// <summary>The optional <c>participation</c> object of OpenCycle: each value left out keeps Seoul's default.</summary>
public sealed record ParticipationInput(
    int? AnswerThreshold = null, int? ForumThreshold = null, int? MayorThreshold = null, int? SupportWindowDays = null,
    int? AnswerDueDays = null, int? ForumDays = null)
{
    public const int MaxThreshold = 10_000_000, MaxDays = 366;

    public (ParticipationSettings? Settings, Rejection? Rejection) ToSettings()
    {
        var d = ParticipationSettings.Default;
        var settings = new ParticipationSettings(AnswerThreshold ?? d.AnswerThreshold, ForumThreshold ?? d.ForumThreshold,
            MayorThreshold ?? d.MayorThreshold, SupportWindowDays ?? d.SupportWindowDays, AnswerDueDays ?? d.AnswerDueDays,
            ForumDays ?? d.ForumDays);
        var rejection = Validation.FirstOf(
            Range("participation.answerThreshold", settings.AnswerThreshold, MaxThreshold),
            Range("participation.forumThreshold", settings.ForumThreshold, MaxThreshold),
            Range("participation.mayorThreshold", settings.MayorThreshold, MaxThreshold),
            Range("participation.supportWindowDays", settings.SupportWindowDays, MaxDays),
            Range("participation.answerDueDays", settings.AnswerDueDays, MaxDays),
            Range("participation.forumDays", settings.ForumDays, MaxDays),
            settings.ForumThreshold < settings.AnswerThreshold
                ? Rejection.Invalid("participation.forumThreshold", "not-below-answer",
                    "participation.forumThreshold must not be below participation.answerThreshold")
                : null);
        return rejection is null ? (settings, null) : (null, rejection);
    }

    private static Rejection? Range(string field, int value, int max) => value < 1 || value > max
        ? Rejection.Invalid(field, "range", $"{field} must be a whole number from 1 to {max}")
        : null;
}

namespace Budgeting.Domain.Cycles.Participation;

/// <summary>
/// What public support obliges the city to do in a cycle (Democracy Seoul): <see cref="AnswerThreshold"/> supports make
/// the responsible department's answer due within <see cref="AnswerDueDays"/>; <see cref="ForumThreshold"/> supports
/// open a public forum for <see cref="ForumDays"/>; <see cref="MayorThreshold"/> forum participants make the mayor's
/// answer due. Citizens support a proposal for <see cref="SupportWindowDays"/> from its suggestion, or until it
/// leaves deliberation.
/// </summary>
public sealed record ParticipationSettings(
    int AnswerThreshold, int ForumThreshold, int MayorThreshold, int SupportWindowDays, int AnswerDueDays, int ForumDays)
{
    /// <summary>Seoul's thresholds since it lowered them (50/500/5,000 before): 50 supports, 100, 1,000 forum participants.</summary>
    public static readonly ParticipationSettings Default = new(50, 100, 1_000, 30, 14, 30);
}

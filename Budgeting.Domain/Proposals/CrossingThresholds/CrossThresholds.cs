using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Participation;
using Budgeting.Domain.Proposals.Answering;
using NodaTime;

namespace Budgeting.Domain.Proposals.CrossingThresholds;

/// <summary>
/// The engine records every threshold the counts have reached and the proposal has not crossed before: the answer and
/// forum thresholds by supports, the mayor's by participants of the open forum. Deciding from the proposal's own
/// state makes it idempotent; appending with the stream's version makes it once, however many counts race.
/// </summary>
public static class CrossThresholds
{
    public static Answerer? AnswererOf(Threshold threshold) => threshold switch
    {
        Threshold.Answer => Answerer.Department,
        Threshold.Mayor => Answerer.Mayor,
        _ => null,
    };

    public static Decision Decide(Proposal proposal, ParticipationSettings settings, int supports, int participants, Instant now)
    {
        if (proposal.Status == ProposalStatus.Withdrawn) return Decision.Accept();
        var answerDue = now + Duration.FromDays(settings.AnswerDueDays);
        return Decision.Accept(Reached(settings, proposal.Thresholds, proposal.ForumOpen, supports, participants)
            .Select(threshold => new ThresholdCrossed(proposal.Id, threshold, threshold == Threshold.Mayor ? participants : supports,
                threshold == Threshold.Forum ? null : answerDue,
                threshold == Threshold.Forum ? now + Duration.FromDays(settings.ForumDays) : null, Actor.Engine, now))
            .ToArray<object>());
    }

    /// <summary>The thresholds the counts reach that are not among those <paramref name="crossed"/> before, in order.</summary>
    public static IEnumerable<Threshold> Reached(ParticipationSettings settings, IReadOnlyCollection<Threshold> crossed, bool forumOpen,
        int supports, int participants)
    {
        if (supports >= settings.AnswerThreshold && !crossed.Contains(Threshold.Answer)) yield return Threshold.Answer;
        if (supports >= settings.ForumThreshold && !crossed.Contains(Threshold.Forum)) yield return Threshold.Forum;
        if (forumOpen && participants >= settings.MayorThreshold && !crossed.Contains(Threshold.Mayor)) yield return Threshold.Mayor;
    }
}

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
        var events = new List<object>();
        var answerDue = now + Duration.FromDays(settings.AnswerDueDays);
        if (supports >= settings.AnswerThreshold && !proposal.Thresholds.Contains(Threshold.Answer))
            events.Add(new ThresholdCrossed(proposal.Id, Threshold.Answer, supports, answerDue, null, Actor.Engine, now));
        if (supports >= settings.ForumThreshold && !proposal.Thresholds.Contains(Threshold.Forum))
            events.Add(new ThresholdCrossed(proposal.Id, Threshold.Forum, supports, null, now + Duration.FromDays(settings.ForumDays),
                Actor.Engine, now));
        if (proposal.ForumOpen && participants >= settings.MayorThreshold && !proposal.Thresholds.Contains(Threshold.Mayor))
            events.Add(new ThresholdCrossed(proposal.Id, Threshold.Mayor, participants, answerDue, null, Actor.Engine, now));
        return Decision.Accept(events.ToArray());
    }
}

using Budgeting.Api.Proposals.CrossingThresholds;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.Answering;
using Marten;
using NodaTime;
using Wolverine.Attributes;

namespace Budgeting.Api.Proposals.Answering;

/// <summary>Asks the engine to flag an answer overdue if its due date has passed unanswered.</summary>
public sealed record AnswerDeadlineReached(Guid ProposalId, Answerer Answerer);

/// <summary>
/// Answers come due by themselves (<see cref="ThresholdCrossedHandler"/> schedules the message); the handler decides from
/// the proposal's state and the injected clock, so an early, repeated or late message flags an answer once, if ever.
/// </summary>
public static class AnswerDeadlineHandler
{
    [Transactional]
    public static async Task Handle(AnswerDeadlineReached message, IDocumentSession session, IClock clock)
    {
        var stream = await session.Events.FetchForWriting<Proposal>(message.ProposalId);
        if (stream.Aggregate is { } proposal)
            stream.AppendMany(FlagOverdueAnswer.Decide(proposal, message.Answerer, clock.GetCurrentInstant()).Events.ToArray());
    }
}

using Budgeting.Api.Proposals.CrossingThresholds;
using Budgeting.Api.Proposals.Reading;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.ClosingForums;
using Marten;
using NodaTime;
using Wolverine.Attributes;

namespace Budgeting.Api.Proposals.ClosingForums;

/// <summary>Asks the engine to close a forum whose days may be over.</summary>
public sealed record ForumClosingReached(Guid ProposalId);

/// <summary>
/// Forums close by themselves (<see cref="ThresholdCrossedHandler"/> schedules the message); the handler closes one only
/// when the injected clock says it is over, recording the exact count of participants and stances.
/// </summary>
public static class ForumDeadlineHandler
{
    [Transactional]
    public static async Task Handle(ForumClosingReached message, IDocumentSession session, IClock clock)
    {
        var stream = await session.Events.FetchForWriting<Proposal>(message.ProposalId);
        if (stream.Aggregate is not { } proposal) return;
        var tally = await ParticipationCounts.Forum(session, message.ProposalId, CancellationToken.None);
        stream.AppendMany(CloseForum.Decide(proposal, tally, clock.GetCurrentInstant()).Events.ToArray());
    }
}

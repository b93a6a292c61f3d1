using Budgeting.Api.Proposals.Reading;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.CrossingThresholds;
using Budgeting.Projections.Cycles;
using Budgeting.Projections.Participation;
using JasperFx;
using JasperFx.Core;
using Marten;
using NodaTime;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Budgeting.Api.Proposals.CrossingThresholds;

/// <summary>
/// Counts each proposal of a batch of changes after they committed, keeps the list's tally, and records every threshold
/// the counts have reached in the proposal's own stream: decided from the proposal's state and appended at the version
/// it was read at, so two counts racing over one threshold record it once (the loser's retry finds it crossed).
/// </summary>
public static class CountParticipationHandler
{
    public static void Configure(HandlerChain chain) => chain.OnException<ConcurrencyException>()
        .RetryWithCooldown(20.Milliseconds(), 50.Milliseconds(), 100.Milliseconds(), 250.Milliseconds(), 500.Milliseconds())
        .Then.ScheduleRetry(1.Seconds(), 5.Seconds(), 30.Seconds());

    public static async Task Handle(ParticipationChanged[] changes, IDocumentSession session, IClock clock, CancellationToken token)
    {
        var now = clock.GetCurrentInstant();
        foreach (var proposalId in changes.Select(c => c.ProposalId).Distinct())
            await Count(session, proposalId, now, token);
    }

    private static async Task Count(IDocumentSession session, Guid proposalId, Instant now, CancellationToken token)
    {
        var stream = await session.Events.FetchForWriting<Proposal>(proposalId, token);
        if (stream.Aggregate is not { } proposal || await session.LoadAsync<CycleView>(proposal.CycleId, token) is not { } cycle) return;
        var supports = await ParticipationCounts.Supports(session, proposalId, token);
        var participants = proposal.ForumOpen ? (await ParticipationCounts.Forum(session, proposalId, token)).Participants : 0;
        if ((await session.LoadAsync<SupportTally>(proposalId, token))?.Supports != supports)
            session.Store(new SupportTally(proposalId, proposal.CycleId, supports, now));
        stream.AppendMany(CrossThresholds.Decide(proposal, cycle.Participation, supports, participants, now).Events.ToArray());
    }
}

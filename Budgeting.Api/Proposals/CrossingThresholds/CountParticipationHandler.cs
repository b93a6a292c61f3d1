using Budgeting.Api.Proposals.Reading;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.CrossingThresholds;
using Budgeting.Projections.Participation;
using Budgeting.Projections.Proposals;
using JasperFx;
using JasperFx.Core;
using Marten;
using NodaTime;
using Wolverine.Attributes;
using Wolverine.ErrorHandling;
using Wolverine.Runtime.Handlers;

namespace Budgeting.Api.Proposals.CrossingThresholds;

/// <summary>
/// Counts each proposal of a batch of changes after they committed, keeps the list's tally, and records every threshold
/// the counts have reached in the proposal's own stream: decided from the proposal's state and appended at the version
/// it was read at, so two counts racing over one threshold record it once (the loser's retry finds it crossed). The
/// proposal's stream is read only when its public record says a threshold may be due.
/// </summary>
public static class CountParticipationHandler
{
    public static void Configure(HandlerChain chain) => chain.OnException<ConcurrencyException>()
        .RetryWithCooldown(20.Milliseconds(), 50.Milliseconds(), 100.Milliseconds(), 250.Milliseconds(), 500.Milliseconds())
        .Then.ScheduleRetry(1.Seconds(), 5.Seconds(), 30.Seconds());

    [Transactional]
    public static async Task Handle(ParticipationChanged[] changes, IDocumentSession session, IClock clock, CancellationToken token)
    {
        var now = clock.GetCurrentInstant();
        foreach (var proposalId in changes.Select(c => c.ProposalId).Distinct())
            await Count(session, proposalId, now, token);
    }

    private static async Task Count(IDocumentSession session, Guid proposalId, Instant now, CancellationToken token)
    {
        var batch = session.CreateBatchQuery();
        var read = batch.Load<ProposalDetails>(proposalId);
        var listed = batch.Load<SupportTally>(proposalId);
        var counted = batch.Query<SupportView>().Count(s => s.ActiveProposalId == proposalId);
        await batch.Execute(token);
        if (await read is not { } proposal || await ParticipationTargets.SettingsOf(session, proposal.CycleId, token) is not { } settings) return;
        var supports = (int)await counted;
        if ((await listed)?.Supports != supports) session.Store(new SupportTally(proposalId, proposal.CycleId, supports, now));
        var forumOpen = proposal.Forum is { ClosedAt: null };
        var participants = forumOpen ? (await ParticipationCounts.Forum(session, proposalId, token)).Participants : 0;
        if (!CrossThresholds.Reached(settings, [.. proposal.ThresholdsReached.Select(t => t.Threshold)], forumOpen, supports, participants).Any())
            return;
        var stream = await session.Events.FetchForWriting<Proposal>(proposalId, token);
        stream.AppendMany(CrossThresholds.Decide(stream.Aggregate!, settings, supports, participants, now).Events.ToArray());
    }
}

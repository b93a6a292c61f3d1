using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Cycles.Voting;
using Budgeting.Domain.Proposals.Supporting;
using Budgeting.Projections.Participation;
using Marten;
using NodaTime;

namespace Budgeting.Api.Proposals.Supporting;

/// <summary>What became of a support or its withdrawal; <see cref="Created"/> when the citizen had never supported the proposal.</summary>
public sealed record SupportResult(Outcome Outcome, bool Created = false);

/// <summary>
/// A resident's support of a proposal and its withdrawal, as the API and the pages send them. The support is its own
/// stream (keyed by proposal and citizen): supporters of one proposal never wait on each other, and a citizen counts once.
/// </summary>
public static class Supports
{
    public static async Task<SupportResult> Support(IDocumentSession session, IConfiguration configuration, Guid id, Voter supporter,
        Instant now, CancellationToken token)
    {
        var supportId = ParticipationKeys.SupportId(configuration, id, supporter.Actor.Id);
        var (target, previous) = await ParticipationTargets.Load<SupportView>(session, id, supportId, token);
        if (target is null) return new(new Outcome.Missing("proposal", id));
        var decision = SupportProposal.Decide(target, supporter, previous?.Status ?? SupportStatus.None, supportId, now);
        if (decision.Rejection is { } rejection) return new(new Outcome.Refused(rejection));
        var supporting = new Outcome.Accepted(id, 0);
        if (decision.Events.Count == 0) return new(supporting);
        ResidentStreams.Write<SupportView>(session, supportId, previous?.Version, decision.Events);
        session.Store(new SupporterRecord(supportId, id, supporter.Actor.Id));
        // A concurrent first support of the same citizen committed first: they support the proposal either way.
        var raced = await ResidentStreams.Commit(session, token);
        return new(supporting, Created: previous is null && raced is null);
    }

    public static async Task<SupportResult> Withdraw(IDocumentSession session, IConfiguration configuration, Guid id, string citizenId,
        Instant now, CancellationToken token)
    {
        var supportId = ParticipationKeys.SupportId(configuration, id, citizenId);
        var (target, previous) = await ParticipationTargets.Load<SupportView>(session, id, supportId, token);
        if (target is null) return new(new Outcome.Missing("proposal", id));
        var decision = WithdrawSupport.Decide(target, previous?.Status ?? SupportStatus.None, supportId, now);
        if (decision.Rejection is { } rejection) return new(new Outcome.Refused(rejection));
        ResidentStreams.Write<SupportView>(session, supportId, previous!.Version, decision.Events);
        session.Delete<SupporterRecord>(supportId);
        await session.Commit(token);
        return new(new Outcome.Accepted(id, 0));
    }
}

using Budgeting.Api.Commands;
using Budgeting.Api.Comments;
using Budgeting.Domain.Comments;
using Budgeting.Domain.Comments.Posting;
using Budgeting.Domain.Cycles.Voting;
using Budgeting.Domain.Proposals.TakingStances;
using Budgeting.Projections.Participation;
using Marten;
using NodaTime;

namespace Budgeting.Api.Proposals.TakingStances;

/// <summary>
/// A resident's stance and arguments in a proposal's forum, as the API and the pages send them. The participant is a
/// stream of their own (keyed by proposal and citizen), so participants never wait on each other.
/// </summary>
public static class ForumWrites
{
    public static async Task<Outcome> Stance(IDocumentSession session, IConfiguration configuration, Guid id, Voter participant,
        TakeStance command, Instant now, CancellationToken token)
    {
        var participantId = ParticipationKeys.ParticipantId(configuration, id, participant.Actor.Id);
        var (target, previous) = await ParticipationTargets.Load<ParticipantView>(session, id, participantId, token);
        if (target is null) return new Outcome.Missing("proposal", id);
        var decision = TakeStance.Decide(target, participant, previous?.Presence, participantId, command, now);
        if (decision.Rejection is { } rejection) return new Outcome.Refused(rejection);
        if (decision.Events.Count == 0) return new Outcome.Accepted(id, 0);
        ResidentStreams.Write<ParticipantView>(session, participantId, previous?.Version, decision.Events);
        return await ResidentStreams.Commit(session, token) is { } collided ? new Outcome.Refused(collided) : new Outcome.Accepted(id, 0);
    }

    /// <summary>An argument for or against (a comment with a side); the first makes its author a participant.</summary>
    public static async Task<Outcome> Argue(IDocumentSession session, IConfiguration configuration, Guid id, Voter author,
        PostArgument command, Instant now, CancellationToken token)
    {
        var participantId = ParticipationKeys.ParticipantId(configuration, id, author.Actor.Id);
        var (target, participant) = await ParticipationTargets.Load<ParticipantView>(session, id, participantId, token);
        if (target is null) return new Outcome.Missing("proposal", id);
        var commentId = Guid.CreateVersion7();
        var decision = PostArgument.Decide(target, author, participant?.Presence, participantId, command,
            await CommentWrites.Recent(session, author.Actor.Id, token), commentId, now);
        if (decision.Rejection is { } rejection) return new Outcome.Refused(rejection);
        session.Events.StartStream<Comment>(commentId, decision.Events.OfType<CommentPosted>().ToArray());
        session.Store(CommentText.Of(commentId, command.Body!));
        if (decision.Events.OfType<ForumJoined>().ToArray() is [_, ..] joined) ResidentStreams.Write<ParticipantView>(session, participantId, null, joined);
        return await ResidentStreams.Commit(session, token) is { } collided ? new Outcome.Refused(collided) : new Outcome.Accepted(commentId, 1);
    }
}

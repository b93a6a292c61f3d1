using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Voting;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.TakingStances;
using NodaTime;

namespace Budgeting.Domain.Comments.Posting;

/// <summary>A resident posts an argument for or against the proposal in its open forum, which makes them a participant.</summary>
public sealed record PostArgument(ArgumentSide? Side, string? Body)
{
    public static Decision Decide(ParticipationTarget target, Voter author, ForumPresence? presence, Guid participantId,
        PostArgument command, IEnumerable<Instant> recentWrites, Guid commentId, Instant now)
    {
        if (command.Side is not { } side) return Rejection.Invalid("side", "required", "side is required: for or against");
        if (CommentBody.Check("body", command.Body) is { } invalid) return invalid;
        var joined = JoinForum.Decide(target, author, presence, participantId, now);
        if (joined.Rejection is { } refused) return refused;
        if (PostingLimit.Check(recentWrites, now) is { } tooMany) return tooMany;
        var posted = new CommentPosted(commentId, target.ProposalId, null, side, CommentBody.Sha256(CommentBody.Clean(command.Body!)),
            author.Actor, now);
        return Decision.Accept([posted, .. joined.Events]);
    }
}

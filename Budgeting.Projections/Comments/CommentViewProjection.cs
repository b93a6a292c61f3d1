using Budgeting.Domain.Comments.Appealing;
using Budgeting.Domain.Comments.DecidingAppeals;
using Budgeting.Domain.Comments.DismissingFlags;
using Budgeting.Domain.Comments.Editing;
using Budgeting.Domain.Comments.Erasing;
using Budgeting.Domain.Comments.Flagging;
using Budgeting.Domain.Comments.Hiding;
using Budgeting.Domain.Comments.Posting;
using Marten.Events.Aggregation;

namespace Budgeting.Projections.Comments;

public sealed class CommentViewProjection : SingleStreamProjection<CommentView, Guid>
{
    public static CommentView Create(CommentPosted e) => new()
    {
        Id = e.CommentId, ProposalId = e.ProposalId, InReplyTo = e.InReplyTo, Side = e.Side, AuthorId = e.By.Id,
        Revisions = [new RevisionView(1, e.BodySha256, e.At)], PostedAt = e.At, UpdatedAt = e.At,
    };

    public static CommentView Apply(CommentEdited e, CommentView v) =>
        v with { Revisions = [.. v.Revisions, new RevisionView(e.Revision, e.BodySha256, e.At)], UpdatedAt = e.At };

    public static CommentView Apply(CommentFlagged e, CommentView v) =>
        v with { OpenFlags = [.. v.OpenFlags, e.Reason], AwaitsModerator = true, UpdatedAt = e.At };

    public static CommentView Apply(FlagsDismissed e, CommentView v) => v with { OpenFlags = [], AwaitsModerator = false, UpdatedAt = e.At };

    public static CommentView Apply(CommentHidden e, CommentView v) =>
        v with { Hidden = new HidingView(e.Reason, e.By.Id, e.At), OpenFlags = [], AwaitsModerator = false, UpdatedAt = e.At };

    public static CommentView Apply(HidingAppealed e, CommentView v) =>
        v with { Appeal = new CommentAppealView(e.Reason, e.At), AwaitsModerator = true, UpdatedAt = e.At };

    public static CommentView Apply(HidingAppealDecided e, CommentView v) => v with
    {
        Appeal = v.Appeal! with { Upheld = e.Upheld, Decision = e.Reason, DecidedAt = e.At },
        Hidden = e.Upheld ? null : v.Hidden, AwaitsModerator = false, UpdatedAt = e.At,
    };

    public static CommentView Apply(CommentBodyErased e, CommentView v) =>
        v with { Erased = new ErasureView(e.Reason, e.By.Id, e.At), UpdatedAt = e.At };
}

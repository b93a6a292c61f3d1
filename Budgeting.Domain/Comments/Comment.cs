using System.Collections.Immutable;
using Budgeting.Domain.Comments.Appealing;
using Budgeting.Domain.Comments.DecidingAppeals;
using Budgeting.Domain.Comments.DismissingFlags;
using Budgeting.Domain.Comments.Editing;
using Budgeting.Domain.Comments.Erasing;
using Budgeting.Domain.Comments.Flagging;
using Budgeting.Domain.Comments.Hiding;
using Budgeting.Domain.Comments.Posting;
using Budgeting.Domain.Common;

namespace Budgeting.Domain.Comments;

/// <summary>The decision state of one comment, folded from its stream.</summary>
public sealed record Comment(Guid Id, Guid ProposalId, string AuthorId, Guid? InReplyTo, ArgumentSide? Side)
{
    public int Revision { get; init; } = 1;
    public string? HiddenBy { get; init; }
    public bool Appealed { get; init; }
    public bool AppealPending { get; init; }
    public bool Erased { get; init; }
    public ImmutableHashSet<string> Flaggers { get; init; } = [];
    public int OpenFlags { get; init; }

    public bool Hidden => HiddenBy is not null;

    public static Comment? Evolve(Comment? state, object @event) => (state, @event) switch
    {
        (null, CommentPosted e) => new Comment(e.CommentId, e.ProposalId, e.By.Id, e.InReplyTo, e.Side),
        (null, _) => null,
        (_, CommentEdited e) => state with { Revision = e.Revision },
        (_, CommentFlagged e) => state with { Flaggers = state.Flaggers.Add(e.By.Id), OpenFlags = state.OpenFlags + 1 },
        (_, FlagsDismissed) => state with { OpenFlags = 0 },
        (_, CommentHidden e) => state with { HiddenBy = e.By.Id, OpenFlags = 0 },
        (_, HidingAppealed) => state with { Appealed = true, AppealPending = true },
        (_, HidingAppealDecided e) => state with { AppealPending = false, HiddenBy = e.Upheld ? null : state.HiddenBy },
        (_, CommentBodyErased) => state with { Erased = true },
        _ => state,
    };

    public Rejection? AuthorCheck(Actor by, string what) => by.Is(Role.Citizen) && by.Id == AuthorId
        ? null
        : Rejection.Forbidden("author-only", $"only the comment's author may {what}");

    public Rejection? NotErased() => Erased ? Rejection.Conflict("erased", "the comment's body was erased") : null;
}

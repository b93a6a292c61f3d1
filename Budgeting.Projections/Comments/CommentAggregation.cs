using Budgeting.Domain.Comments;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace Budgeting.Projections.Comments;

/// <summary>Lets Marten fold a comment's stream with the domain's own pure Evolve (live, never stored), for FetchForWriting.</summary>
public sealed class CommentAggregation : SingleStreamProjection<Comment, Guid>
{
    public override Comment? Evolve(Comment? snapshot, Guid id, IEvent e) => Comment.Evolve(snapshot, e.Data);
}

using JasperFx.Events.Projections;
using Marten;

namespace Budgeting.Projections.Comments;

public static class CommentReadModels
{
    /// <summary>Comments fold live for writes; their views inline, so a thread read after a post shows it; by proposal (threads), by author (rate limits), the queue.</summary>
    public static StoreOptions ConfigureCommentReadModels(this StoreOptions opts)
    {
        opts.Projections.Add(new CommentAggregation(), ProjectionLifecycle.Live);
        opts.Projections.Add<CommentViewProjection>(ProjectionLifecycle.Inline);
        opts.Schema.For<CommentView>().Duplicate(x => x.ProposalId).Duplicate(x => x.AuthorId)
            .Duplicate(x => x.AwaitsModerator, configure: index => index.Predicate = "awaits_moderator");
        return opts;
    }
}

using Budgeting.Api.Comments;
using Budgeting.Api.Proposals.Supporting;
using Marten;

namespace Budgeting.Api.Proposals;

public static class ParticipationRegistration
{
    /// <summary>The documents kept apart from events for public participation: supporters (to notify them) and comment bodies (erasable).</summary>
    public static IServiceCollection AddEngineParticipation(this IServiceCollection services) => services.ConfigureMarten(opts =>
    {
        opts.Schema.For<SupporterRecord>().Duplicate(x => x.ProposalId);
        opts.Schema.For<CommentText>().Duplicate(x => x.CommentId);
    });
}

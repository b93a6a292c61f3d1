using Budgeting.Projections.Cycles;
using Budgeting.Projections.Comments;
using Budgeting.Projections.Elections;
using Budgeting.Projections.Participation;
using Budgeting.Projections.Proposals;
using Budgeting.Projections.Voting;
using JasperFx.Events.Projections;
using Marten;

namespace Budgeting.Projections;

public static class ReadModels
{
    /// <summary>Every read model the API serves, registered in one place.</summary>
    public static StoreOptions ConfigureReadModels(this StoreOptions opts)
    {
        opts.Projections.Add<BudgetCycleAggregation>(ProjectionLifecycle.Live);
        opts.Projections.Add<CycleViewProjection>(ProjectionLifecycle.Inline);
        opts.ConfigureProposalReadModels();
        opts.ConfigureElectionReadModels();
        opts.ConfigureVotingReadModels();
        opts.ConfigureParticipationReadModels();
        opts.ConfigureCommentReadModels();
        return opts;
    }
}

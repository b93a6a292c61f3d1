using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals.Admitting;
using Budgeting.Domain.Proposals.CompletingImplementation;
using Budgeting.Domain.Proposals.DecidingAppeals;
using Budgeting.Domain.Proposals.Declining;
using Budgeting.Domain.Proposals.Evaluating;
using Budgeting.Domain.Proposals.Funding;
using Budgeting.Domain.Proposals.OpeningDeliberation;
using Budgeting.Domain.Proposals.StartingImplementation;
using Budgeting.Domain.Proposals.Suggesting;
using Budgeting.Domain.Proposals.Withdrawing;
using static Budgeting.Domain.Proposals.ProposalStatus;

namespace Budgeting.Domain.Proposals;

/// <summary>
/// Which status each recorded event leaves a proposal in, written once: the aggregate (<see cref="Proposal.Evolve"/>)
/// and every read model that shows a status take it from here. Which commands may start from which status is each
/// decider's rule; this is only what an event that happened means.
/// </summary>
public static class ProposalLifecycle
{
    public static ProposalStatus After(ProposalStatus status, object @event) => @event switch
    {
        ProposalSuggested => Suggested,
        DeliberationOpened => InDeliberation,
        ProposalAdmitted => Admitted,
        ProposalDeclined => Declined,
        AppealDecided e => e.Upheld ? InDeliberation : Declined,
        ProposalWithdrawn => Withdrawn,
        ProposalBudgeted => Budgeted,
        ProposalNotFunded => NotFunded,
        FundingAdjusted e => e.NewAmount == Won.Zero ? NotFunded : Budgeted,
        ImplementationStarted => InImplementation,
        ImplementationCompleted => Implemented,
        EvaluationFiled => Evaluated,
        _ => status,
    };
}

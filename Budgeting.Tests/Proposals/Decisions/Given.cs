using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.Admitting;
using Budgeting.Domain.Proposals.AssessingFeasibility;
using Budgeting.Domain.Proposals.CompletingImplementation;
using Budgeting.Domain.Proposals.Declining;
using Budgeting.Domain.Proposals.EstimatingCost;
using Budgeting.Domain.Proposals.Evaluating;
using Budgeting.Domain.Proposals.Funding;
using Budgeting.Domain.Proposals.OpeningDeliberation;
using Budgeting.Domain.Proposals.StartingImplementation;
using Budgeting.Domain.Proposals.Suggesting;
using Budgeting.Domain.Proposals.Withdrawing;
using NodaTime;

namespace Budgeting.Tests.Proposals.Decisions;

/// <summary>Past events of one proposal, and the state they fold into.</summary>
public static class Given
{
    public static readonly Guid Id = Guid.Parse("0195f1c0-0000-7000-8000-0000000000a1");
    public static readonly Guid Cycle = Guid.Parse("0195f1c0-0000-7000-8000-0000000000c1");
    public static readonly Instant Now = Instant.FromUtc(2026, 4, 1, 1, 0);
    public static readonly Actor Proposer = new("citizen-kim", Role.Citizen);
    public static readonly Actor Officer = new("officer-1", Role.Officer);
    public static readonly Actor Admin = new("admin-1", Role.Admin);
    public static readonly Actor Auditor = new("auditor-1", Role.Auditor);

    public static Proposal State(params object[] events) => events.Aggregate((Proposal?)null, Proposal.Evolve)!;

    public static object[] Suggested => [new ProposalSuggested(Id, Cycle, Proposer.Id, "어린이놀이터 그늘막", "여름철 그늘막 설치",
        "safety", "mapo-gu", new Won(30_000_000), Channel.Online, Proposer, Now)];
    public static object[] InDeliberation => [.. Suggested, new DeliberationOpened(Id, Officer, Now)];
    public static object[] Costed => [.. InDeliberation, new CostEstimated(Id, new Won(24_000_000), [new("그늘막", new Won(24_000_000))], Officer, Now)];
    public static object[] CostedAndFeasible => [.. Costed, new FeasibilityAssessed(Id, true, Officer, Now, "가능")];
    public static object[] Admitted => [.. CostedAndFeasible, new ProposalAdmitted(Id, new Won(24_000_000), Officer, Now)];
    public static object[] Declined => [.. InDeliberation, new ProposalDeclined(Id, Officer, Now, "중복 사업")];
    public static object[] Withdrawn => [.. Suggested, new ProposalWithdrawn(Id, Proposer, Now)];
    public static object[] Budgeted => [.. Admitted, new ProposalBudgeted(Id, new Won(20_000_000), Cycle, Actor.Engine, Now)];
    public static object[] NotFunded => [.. Admitted, new ProposalNotFunded(Id, Cycle, Actor.Engine, Now)];
    public static object[] InImplementation => [.. Budgeted, new ImplementationStarted(Id, Officer, Now)];
    public static object[] Implemented => [.. InImplementation, new ImplementationCompleted(Id, Officer, Now)];
    public static object[] Evaluated => [.. Implemented, new EvaluationFiled(Id, 4, "잘 쓰이고 있습니다", Auditor, Now)];

    public static object[] In(ProposalStatus status) => status switch
    {
        ProposalStatus.Suggested => Suggested,
        ProposalStatus.InDeliberation => InDeliberation,
        ProposalStatus.Admitted => Admitted,
        ProposalStatus.Declined => Declined,
        ProposalStatus.Withdrawn => Withdrawn,
        ProposalStatus.Budgeted => Budgeted,
        ProposalStatus.NotFunded => NotFunded,
        ProposalStatus.InImplementation => InImplementation,
        ProposalStatus.Implemented => Implemented,
        _ => Evaluated,
    };
}

using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.Appealing;
using Budgeting.Domain.Proposals.ApprovingOverruns;
using Budgeting.Domain.Proposals.AssessingFeasibility;
using Budgeting.Domain.Proposals.CompletingImplementation;
using Budgeting.Domain.Proposals.Declining;
using Budgeting.Domain.Proposals.EstimatingCost;
using Budgeting.Domain.Proposals.Evaluating;
using Budgeting.Domain.Proposals.Funding;
using Budgeting.Domain.Proposals.HoldingDiscussions;
using Budgeting.Domain.Proposals.OpeningDeliberation;
using Budgeting.Domain.Proposals.ReachingMilestones;
using Budgeting.Domain.Proposals.RecordingSpending;
using Budgeting.Domain.Proposals.Revising;
using Budgeting.Domain.Proposals.StartingImplementation;
using Budgeting.Domain.Proposals.Withdrawing;
using NodaTime;
using S = Budgeting.Domain.Proposals.ProposalStatus;
using static Budgeting.Tests.Proposals.Decisions.Given;

namespace Budgeting.Tests.Proposals.Decisions;

/// <summary>Every command against every state: accepted exactly where DOMAIN.md's table allows it, else a conflict naming the state.</summary>
public class TransitionTableTests
{
    private static readonly Dictionary<string, (Func<Proposal, Decision> Decide, ProposalStatus[] From, Type Event)> Commands = new()
    {
        ["open deliberation"] = (p => OpenDeliberation.Decide(p, new(), Officer, Now), [S.Suggested], typeof(DeliberationOpened)),
        ["revise"] = (p => ReviseProposal.Decide(p, new("그늘막과 벤치", "그늘막과 벤치를 설치합니다", "safety", null), Proposer, Now),
            [S.Suggested, S.InDeliberation], typeof(ProposalRevised)),
        ["discuss"] = (p => RecordDiscussion.Decide(p, new(new LocalDate(2026, 3, 30), ["citizen-kim"], "위치를 논의했습니다."), Officer, Now),
            [S.InDeliberation], typeof(DiscussionHeld)),
        ["estimate"] = (p => EstimateCost.Decide(p, new([new("그늘막", 1_000_000)]), Officer, Now), [S.InDeliberation], typeof(CostEstimated)),
        ["assess"] = (p => AssessFeasibility.Decide(p, new(true, "가능합니다"), Officer, Now), [S.InDeliberation], typeof(FeasibilityAssessed)),
        ["decline"] = (p => DeclineProposal.Decide(p, new("중복 사업"), Officer, Now), [S.InDeliberation], typeof(ProposalDeclined)),
        ["appeal"] = (p => AppealDecline.Decide(p, new("다시 봐 주세요"), Proposer, Now), [S.Declined], typeof(DeclineAppealed)),
        ["withdraw"] = (p => WithdrawProposal.Decide(p, new(), Proposer, Now), [S.Suggested, S.InDeliberation, S.Admitted], typeof(ProposalWithdrawn)),
        ["budget"] = (p => BudgetProposal.Decide(p, new Won(1_000_000), Cycle, Actor.Engine, Now), [S.Admitted], typeof(ProposalBudgeted)),
        ["leave unfunded"] = (p => MarkNotFunded.Decide(p, Cycle, Actor.Engine, Now), [S.Admitted], typeof(ProposalNotFunded)),
        ["adjust funding"] = (p => AdjustFunding.Decide(p, new(10_000_000, "의회 감액", "서울시의회 2026-예결위-17"), Admin, Now), [S.Budgeted], typeof(FundingAdjusted)),
        ["start"] = (p => StartImplementation.Decide(p, new(), Officer, Now), [S.Budgeted], typeof(ImplementationStarted)),
        ["milestone"] = (p => RecordMilestone.Decide(p, new("착공식 개최", 10), Officer, Now), [S.InImplementation], typeof(MilestoneReached)),
        ["spend"] = (p => RecordSpending.Decide(p, new(1_000_000, "공사비"), Officer, Now), [S.InImplementation], typeof(SpendingRecorded)),
        ["approve overrun"] = (p => ApproveOverrun.Decide(p, new(1_000_000, "자재비"), Officer, Now), [S.InImplementation], typeof(OverrunApproved)),
        ["complete"] = (p => CompleteImplementation.Decide(p, new(), Officer, Now), [S.InImplementation], typeof(ImplementationCompleted)),
        ["evaluate"] = (p => FileEvaluation.Decide(p, new(5, "주민 만족도가 높습니다"), Auditor, Now), [S.Implemented, S.Evaluated], typeof(EvaluationFiled)),
    };

    public static TheoryData<string, ProposalStatus> EveryCommandInEveryState()
    {
        var data = new TheoryData<string, ProposalStatus>();
        foreach (var command in Commands.Keys)
        foreach (var status in Enum.GetValues<ProposalStatus>())
            data.Add(command, status);
        return data;
    }

    [Theory, MemberData(nameof(EveryCommandInEveryState))]
    public void a_command_is_accepted_only_from_the_states_the_table_allows(string command, ProposalStatus status)
    {
        var (decide, from, eventType) = Commands[command];
        var proposal = State(In(status));
        Assert.Equal(status, proposal.Status);

        var decision = decide(proposal);

        if (from.Contains(status))
            Assert.IsType(eventType, Assert.Single(decision.Events));
        else
        {
            Assert.Empty(decision.Events);
            Assert.Equal(RejectionKind.Conflict, decision.Rejection!.Kind);
            Assert.StartsWith($"proposal is {status}; ", decision.Rejection.Message);
        }
    }

    [Fact]
    public void the_message_names_the_state_and_where_the_command_belongs()
    {
        var decision = EstimateCost.Decide(State(Withdrawn), new([new("그늘막", 1_000)]), Officer, Now);
        Assert.Equal("proposal is Withdrawn; cost can only be estimated in InDeliberation", decision.Rejection!.Message);
    }
}

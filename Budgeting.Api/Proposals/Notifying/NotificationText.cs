namespace Budgeting.Api.Proposals.Notifying;

public static class NotificationText
{
    public static string For(ProposalChanged change) => change.Change switch
    {
        "ProposalSuggested" => "Your proposal was received.",
        "DeliberationOpened" => "The city opened deliberation on your proposal.",
        "ProposalRevised" => "A new version of your proposal was recorded.",
        "DiscussionHeld" => "A discussion on your proposal was recorded.",
        "CostEstimated" => "The city estimated the cost of your proposal.",
        "FeasibilityAssessed" => "The city assessed the feasibility of your proposal.",
        "ProposalAdmitted" => "Your proposal was admitted to the committee's prioritisation.",
        "ProposalDeclined" => $"Your proposal was declined: {change.Reason}",
        "DeclineAppealed" => "Your appeal was filed.",
        "AppealDecided" => $"Your appeal was decided: {change.Reason}",
        "ProposalWithdrawn" => "Your proposal was withdrawn.",
        "ProposalBudgeted" => "Your proposal was funded in the budget.",
        "ProposalNotFunded" => "Your proposal was not funded in this cycle.",
        "FundingAdjusted" => $"The council adjusted the funding of your proposal: {change.Reason}",
        "ImplementationStarted" => "Work on your proposal has started.",
        "MilestoneReached" => "Your proposal reached a milestone.",
        "SpendingRecorded" => "Spending on your proposal was recorded.",
        "OverrunApproved" => $"An overrun on your proposal was approved: {change.Reason}",
        "ImplementationCompleted" => "Your proposal has been carried out.",
        "EvaluationFiled" => "An evaluation of your proposal was filed.",
        "ThresholdCrossed" => "Your proposal reached a threshold of public support: an official answer is due, or its forum opened.",
        "AnswerPosted" => "An official answer to your proposal was posted.",
        "AnswerOverdue" => "The official answer to your proposal is overdue; the city has been flagged publicly.",
        "ForumClosed" => "The public forum on your proposal has closed.",
        "SurveyCountRecorded" => "A citizens' assembly or survey count was recorded for your proposal.",
        _ => "Your proposal changed.",
    };

    /// <summary>What a supporter is told of the steps their support set off; null for changes they are not told of.</summary>
    public static string? ForSupporter(string change) => change switch
    {
        "ThresholdCrossed" => "A proposal you support reached a threshold of public support: an official answer is due, or its forum opened.",
        "AnswerPosted" => "An official answer to a proposal you support was posted.",
        "AnswerOverdue" => "The official answer to a proposal you support is overdue.",
        "ForumClosed" => "The public forum on a proposal you support has closed.",
        _ => null,
    };
}

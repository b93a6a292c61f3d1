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
        _ => "Your proposal changed.",
    };
}

using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.ReachingMilestones;

/// <summary>An officer records a milestone and the progress it brings; progress never goes back.</summary>
public sealed record RecordMilestone(string? Title, int? Progress) : IProposalCommand
{
    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public Rejection? Validate() => Validation.FirstOf(
        Validation.Text("title", Title, 2, 200),
        Progress is null ? Rejection.Invalid("progress", "required", "progress is required (percent)")
            : Progress is < 0 or > 100 ? Rejection.Invalid("progress", "range", "progress must be between 0 and 100 percent") : null);

    public static Decision Decide(Proposal proposal, RecordMilestone command, Actor by, Instant now) =>
        Validation.FirstOf(
            Acting.AsOfficer(by, "record a milestone"),
            command.Validate(),
            proposal.Unless("milestones can only be reached", ProposalStatus.InImplementation),
            command.Progress < proposal.Progress
                ? Rejection.Conflict("progress-backwards", $"progress is already {proposal.Progress} %; it cannot go back", "progress")
                : null) is { } rejection
            ? rejection
            : Decision.Accept(new MilestoneReached(proposal.Id, command.Title!.Trim(), command.Progress!.Value, by, now));
}

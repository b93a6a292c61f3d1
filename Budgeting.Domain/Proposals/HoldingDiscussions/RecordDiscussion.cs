using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.HoldingDiscussions;

/// <summary>An officer records a meeting with the proposer: when, who took part (pseudonyms or roles), what was said.</summary>
public sealed record RecordDiscussion(LocalDate? HeldOn, IReadOnlyList<string>? Participants, string? Summary) : IProposalCommand
{
    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public const int MaxParticipants = 30;

    public Rejection? Validate(Instant now) => Validation.FirstOf(
        HeldOn is null ? Rejection.Invalid("heldOn", "required", "heldOn is required (yyyy-MM-dd)")
            : HeldOn > now.InZone(Seoul.Zone).Date ? Rejection.Invalid("heldOn", "not-in-future", "heldOn must not be in the future") : null,
        Participants is not { Count: > 0 and <= MaxParticipants }
            ? Rejection.Invalid("participants", "count", $"participants must list 1 to {MaxParticipants} people")
            : Validation.FirstOf(Participants.Select(p => Validation.Text("participants", p, 1, 100)).ToArray()),
        Validation.Text("summary", Summary, 5, 4000));

    public static Decision Decide(Proposal proposal, RecordDiscussion command, Actor by, Instant now) =>
        Validation.FirstOf(
            Acting.AsOfficer(by, "record a discussion"),
            command.Validate(now),
            proposal.Unless("discussions can only be held", ProposalStatus.InDeliberation)) is { } rejection
            ? rejection
            : Decision.Accept(new DiscussionHeld(proposal.Id, command.HeldOn!.Value,
                command.Participants!.Select(p => p.Trim()).ToList(), command.Summary!.Trim(), by, now));
}

using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Participation;
using NodaTime;

namespace Budgeting.Domain.Proposals;

/// <summary>
/// What residents' support and forum participation need to know of a proposal and its cycle: its state, when it was
/// suggested and whether its forum is open; the cycle's scope, settings and minimum age (its vote's, if any).
/// </summary>
public sealed record ParticipationTarget(
    Guid ProposalId, Guid CycleId, ProposalStatus Status, Instant SuggestedAt, Instant? ForumClosesAt, bool ForumClosed,
    string Scope, ParticipationSettings Settings, int? MinimumAge)
{
    public Instant SupportWindowEnds => SuggestedAt + Duration.FromDays(Settings.SupportWindowDays);

    /// <summary>Supports are given and withdrawn from the suggestion for the window's days, or until the proposal leaves deliberation.</summary>
    public Rejection? SupportWindowCheck(Instant now)
    {
        if (Status is not (ProposalStatus.Suggested or ProposalStatus.InDeliberation))
            return Rejection.Conflict("support-closed", $"the proposal is {Status}; supports are taken while it is suggested or in deliberation");
        return now < SupportWindowEnds ? null
            : Rejection.Conflict("support-window-closed", $"supports were taken for {Settings.SupportWindowDays} days after the suggestion, until {SupportWindowEnds}");
    }

    public Rejection? ForumCheck(Instant now) => ForumClosesAt switch
    {
        null => Rejection.Conflict("no-forum", "this proposal has no public forum: it opens when supports reach the forum threshold"),
        { } closes when ForumClosed || now >= closes => Rejection.Conflict("forum-closed", $"the forum closed at {closes}"),
        _ => null,
    };
}

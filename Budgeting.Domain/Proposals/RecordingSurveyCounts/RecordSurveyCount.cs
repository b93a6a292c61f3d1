using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.RecordingSurveyCounts;

/// <summary>
/// An officer records how many citizens supported the proposal in a citizens' assembly or survey (the blend rule's
/// optional third part), naming the source; a later count replaces it, before the proposal is budgeted.
/// </summary>
public sealed record RecordSurveyCount(int? Count, string? Source) : IProposalCommand
{
    public const int MaxCount = 10_000_000;

    Decision IProposalCommand.Decide(Proposal proposal, Actor by, Instant now) => Decide(proposal, this, by, now);

    public static Decision Decide(Proposal proposal, RecordSurveyCount command, Actor by, Instant now) =>
        Validation.FirstOf(
            Acting.AsOfficer(by, "record a survey count"),
            command.Count is null ? Rejection.Invalid("count", "required", "count is required")
                : command.Count is < 0 or > MaxCount ? Rejection.Invalid("count", "range", $"count must be a whole number from 0 to {MaxCount}")
                : null,
            Validation.Text("source", command.Source, 2, 500),
            proposal.Unless("a survey count is recorded", ProposalStatus.Suggested, ProposalStatus.InDeliberation, ProposalStatus.Admitted))
            is { } rejection
            ? rejection
            : Decision.Accept(new SurveyCountRecorded(proposal.Id, command.Count!.Value, command.Source!.Trim(), by, now));
}

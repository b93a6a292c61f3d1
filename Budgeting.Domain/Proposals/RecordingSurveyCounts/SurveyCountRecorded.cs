using Budgeting.Domain.Common;
using NodaTime;

namespace Budgeting.Domain.Proposals.RecordingSurveyCounts;

/// <summary>An officer recorded a citizens' assembly or survey count for the proposal, naming its source; the latest one counts in the blend.</summary>
public sealed record SurveyCountRecorded(Guid ProposalId, int Count, string Source, Actor By, Instant At) : IProposalEvent;

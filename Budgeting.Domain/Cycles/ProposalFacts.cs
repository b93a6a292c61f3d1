using Budgeting.Domain.Common;

namespace Budgeting.Domain.Cycles;

/// <summary>What a cycle decision needs to know of one proposal (read from its stream by the caller); the survey count is the blend's third part.</summary>
public sealed record ProposalFacts(Guid Id, Guid CycleId, bool IsAdmitted, Won? Cost, string District, string Category, int? SurveyCount = null);

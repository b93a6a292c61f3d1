namespace Budgeting.Api.Proposals.Supporting;

/// <summary>
/// Who supports a proposal, kept apart from the events (which name no one), so supporters can be told of each step:
/// keyed by the support stream's id, written with each support and deleted with its withdrawal. Erasable.
/// </summary>
public sealed record SupporterRecord(Guid Id, Guid ProposalId, string SupporterId);

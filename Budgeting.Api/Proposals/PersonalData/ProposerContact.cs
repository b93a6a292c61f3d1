using Budgeting.Domain.Proposals.Suggesting;
using NodaTime;

namespace Budgeting.Api.Proposals.PersonalData;

/// <summary>The proposer's name and contact, keyed by proposal id: personal data, kept out of events and public reads, erasable.</summary>
public sealed record ProposerContact(Guid Id, string ProposerId, string? Name, string? Contact, Instant RecordedAt)
{
    public static object[] From(Guid proposalId, SuggestProposal command, string proposerId, Instant now) =>
        command.ProposerName is null && command.ProposerContact is null
            ? []
            : [new ProposerContact(proposalId, proposerId, command.ProposerName?.Trim(), command.ProposerContact?.Trim(), now)];
}

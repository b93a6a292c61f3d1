using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Projections.Proposals;
using Marten;

namespace Budgeting.Api.Proposals.PersonalData;

public static class PersonalDataErasure
{
    /// <summary>Only the proposer or an officer erases; the contact document goes, the events stay.</summary>
    public static async Task<Outcome> ErasePersonalData(this IDocumentSession session, Guid proposalId, Sender sender)
    {
        var proposal = await session.LoadAsync<ProposalDetails>(proposalId, sender.Token);
        if (proposal is null) return new Outcome.Missing("proposal", proposalId);
        if (!sender.Actor.Is(Role.Officer) && sender.Actor.Id != proposal.ProposerId)
            return new Outcome.Refused(Rejection.Forbidden("proposer-or-officer",
                "only the proposer or an officer erases the proposer's personal data"));
        session.Delete<ProposerContact>(proposalId);
        await session.Commit(sender.Token);
        return new Outcome.Accepted(proposalId, proposal.Version);
    }
}

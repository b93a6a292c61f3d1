using Budgeting.Api.Commands;
using Budgeting.Api.Cycles;
using Budgeting.Api.Infrastructure;
using Budgeting.Api.Proposals.PersonalData;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.Suggesting;
using Marten;
using Marten.Exceptions;

namespace Budgeting.Api.Proposals.Suggesting;

/// <summary>A suggestion's way into the store, for the API and the suggest page alike: idempotency key, decision, stream, contact.</summary>
public static class Suggestion
{
    public static async Task<Outcome> Suggest(this IDocumentSession session, SuggestProposal command, Sender sender, string? key)
    {
        if (IdempotentCreation.Check(key) is { } badKey) return new Outcome.Refused(badKey);
        var creation = key is null ? null : IdempotentCreation.For(sender.Actor.Id, key, command);
        if (creation is not null && await session.LoadAsync<IdempotentCreation>(creation.Id, sender.Token) is { } earlier)
            return earlier.Replay(creation);

        var id = creation?.ProposalId ?? Guid.CreateVersion7();
        var cycle = command.CycleId is { } cycleId
            ? await session.LatestCycle(cycleId, sender.Token)
            : null;
        var decision = SuggestProposal.Decide(id, command, cycle, sender.Actor, sender.Now);
        var proposer = decision.Events.OfType<ProposalSuggested>().FirstOrDefault()?.ProposerId ?? sender.Actor.Id;
        object[] documents = [.. ProposerContact.From(id, command, proposer, sender.Now), .. creation is null ? [] : new object[] { creation }];
        try
        {
            return await session.Start<Proposal>(id, decision, sender.Token, documents);
        }
        catch (ExistingStreamIdCollisionException) when (creation is not null)
        {
            session.EjectAllPendingChanges();
            await using var query = session.DocumentStore.QuerySession();
            return (await query.LoadAsync<IdempotentCreation>(creation.Id, sender.Token))!.Replay(creation);
        }
    }
}

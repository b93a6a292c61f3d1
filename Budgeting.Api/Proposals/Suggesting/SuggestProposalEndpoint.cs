using Budgeting.Api.Infrastructure;
using Budgeting.Api.Proposals.PersonalData;
using Budgeting.Domain.Common;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.Suggesting;
using Budgeting.Domain.Cycles;
using Marten;
using Marten.Exceptions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Wolverine.Http;

namespace Budgeting.Api.Proposals.Suggesting;

public static class SuggestProposalEndpoint
{
    [WolverinePost("/api/proposals", OperationId = "suggestProposal"), Authorize(Roles = $"{Role.Citizen},{Role.Officer}")]
    [Tags("Proposals")]
    [ProducesResponseType(StatusCodes.Status201Created), ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest, "application/problem+json")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity, "application/problem+json")]
    public static async Task<IResult> Post(SuggestProposal command, HttpContext http, IClock clock, IDocumentSession session)
    {
        var actor = http.User.ToActor();
        var key = IdempotentCreation.KeyFrom(http);
        if (IdempotentCreation.Check(key) is { } badKey) return badKey.ToProblem();
        var creation = key is null ? null : IdempotentCreation.For(actor.Id, key, command);
        if (creation is not null && await session.LoadAsync<IdempotentCreation>(creation.Id) is { } earlier)
            return earlier.Replay(creation);

        var id = creation?.ProposalId ?? Guid.CreateVersion7();
        var cycle = command.CycleId is { } cycleId ? await session.Events.AggregateStreamAsync<BudgetCycle>(cycleId) : null;
        var now = clock.GetCurrentInstant();
        var decision = SuggestProposal.Decide(id, command, cycle, actor, now);
        var proposer = decision.Events.OfType<ProposalSuggested>().FirstOrDefault()?.ProposerId ?? actor.Id;
        object[] documents = [.. ProposerContact.From(id, command, proposer, now), .. creation is null ? [] : new object[] { creation }];
        try
        {
            return await session.StartStream<Proposal>(id, decision, $"/api/proposals/{id}", documents);
        }
        catch (ExistingStreamIdCollisionException) when (creation is not null)
        {
            session.EjectAllPendingChanges();
            await using var query = session.DocumentStore.QuerySession();
            return (await query.LoadAsync<IdempotentCreation>(creation.Id))!.Replay(creation);
        }
    }
}

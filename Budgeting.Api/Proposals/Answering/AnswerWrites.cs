using Budgeting.Api.Commands;
using Budgeting.Api.Cycles;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Proposals;
using Budgeting.Domain.Proposals.Answering;
using Budgeting.Projections.Cycles;
using Budgeting.Projections.Proposals;
using Marten;

namespace Budgeting.Api.Proposals.Answering;

/// <summary>
/// Posts an official answer. One that carries the proposal into a later cycle also suggests it there, in the same
/// transaction: the answer names the new proposal, the new proposal names this one.
/// </summary>
public static class AnswerWrites
{
    public static async Task<Outcome> Post(IDocumentSession session, Guid id, Answerer answerer, PostAnswer command, Sender sender)
    {
        var (by, now, token) = (sender.Actor, sender.Now, sender.Token);
        if (command.Outcome != AnswerOutcome.Carried || command.CycleId is not { } cycleId)
            return await session.Append<Proposal>(id, sender.ExpectedVersion,
                proposal => PostAnswer.Decide(proposal, answerer, command, by, now), "proposal", token);
        var original = await Original(session, id, token);
        var target = await session.LatestCycle(cycleId, token);
        var carriedAs = Guid.CreateVersion7();
        return await session.Append<Proposal>(id, sender.ExpectedVersion, proposal =>
        {
            var answer = PostAnswer.Decide(proposal, answerer, command, by, now, carriedAs);
            if (!answer.IsAccepted) return answer;
            var carried = CarryOver.Decide(original!, target, carriedAs, by, now);
            if (carried.IsAccepted) session.Events.StartStream<Proposal>(carriedAs, carried.Events.ToArray());
            return carried.IsAccepted ? answer : carried;
        }, "proposal", token);
    }

    private static async Task<CarriedProposal?> Original(IQuerySession session, Guid id, CancellationToken token) =>
        await session.LoadAsync<ProposalDetails>(id, token) is { } p && await session.LoadAsync<CycleView>(p.CycleId, token) is { } cycle
            ? new CarriedProposal(p.Id, p.CycleId, cycle.FiscalYear, p.ProposerId, p.Title, p.Description, p.Category, p.District, p.CostGuess)
            : null;
}

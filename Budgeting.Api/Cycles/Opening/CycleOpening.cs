using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Opening;
using Marten;

namespace Budgeting.Api.Cycles.Opening;

/// <summary>The opening of a cycle, for the API and the administrators' page alike: a new stream, started by the decision.</summary>
public static class CycleOpening
{
    public static Task<Outcome> Open(IDocumentSession session, OpenCycle command, Sender sender)
    {
        var id = Guid.CreateVersion7();
        return session.Start<BudgetCycle>(id, OpenCycle.Decide(id, command, sender.Actor, sender.Now), sender.Token);
    }
}

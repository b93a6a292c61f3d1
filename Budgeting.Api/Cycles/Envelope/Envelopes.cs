using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles.Envelope;
using Marten;

namespace Budgeting.Api.Cycles.Envelope;

/// <summary>A change of the envelope, for the API and the administrators' page alike.</summary>
public static class Envelopes
{
    /// <summary>The decision weighs the new envelope against what the ledger shows allocated.</summary>
    public static async Task<Outcome> Change(IDocumentSession session, Guid cycleId, ChangeEnvelope command, Sender sender)
    {
        var allocated = (await Ledgers.Load(session, cycleId, sender.Token))?.Allocated ?? Won.Zero;
        return await session.SendToCycle(cycleId, (cycle, by, now) => ChangeEnvelope.Decide(cycle, allocated, command, by, now), sender);
    }
}

using Budgeting.Api.Commands;
using Budgeting.Api.Infrastructure;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Cycles.Voting;
using Marten;

namespace Budgeting.Api.Cycles.Voting;

/// <summary>The erasure of who voted in a cycle, for the API and the administrators' page alike.</summary>
public static class VoterRecordErasure
{
    /// <summary>
    /// Deletes the cycle's voter records and records how many were erased, when the decision allows it; the deletion is
    /// queued only then, so a refusal leaves nothing pending for a later commit.
    /// </summary>
    public static async Task<(Outcome Outcome, int Erased)> Erase(IDocumentSession session, Guid cycleId, Sender sender)
    {
        var records = await Count(session, cycleId, sender.Token);
        var outcome = await session.AppendToCycle(cycleId, sender.ExpectedVersion, cycle =>
        {
            var decision = EraseVoterRecords.Decide(cycle, records, sender.Actor, sender.Now);
            if (decision.IsAccepted) session.DeleteWhere<VoterRecord>(r => r.CycleId == cycleId);
            return decision;
        }, sender.Token);
        return (outcome, outcome is Outcome.Accepted ? records : 0);
    }

    public static Task<int> Count(IQuerySession session, Guid cycleId, CancellationToken token) =>
        session.Query<VoterRecord>().CountAsync(r => r.CycleId == cycleId, token);
}

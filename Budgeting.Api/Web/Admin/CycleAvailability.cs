using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Marten;

namespace Budgeting.Api.Web.Admin;

/// <summary>
/// Whether a page offers a cycle command's form: the command's own decision, asked with a well-formed sample, accepts it
/// (or only the sample's content would be refused), as <see cref="Proposals.Details.Availability"/> asks for proposals. A
/// sample that names no existing subject (no committee member to remove) is refused as not found: then nothing is offered.
/// </summary>
public static class CycleAvailability
{
    public static bool Allows(this BudgetCycle? cycle, Func<BudgetCycle, Decision> sample) =>
        cycle is not null && sample(cycle).Rejection is not { Kind: RejectionKind.Forbidden or RejectionKind.Conflict or RejectionKind.NotFound };

    /// <summary>The cycle as its events fold (the decisions' own state) and the stream's version, which a form sends back.</summary>
    public static async Task<(BudgetCycle? Cycle, long Version)> Load(IQuerySession session, Guid id, CancellationToken token)
    {
        var events = await session.Events.FetchStreamAsync(id, token: token);
        var cycle = events.Aggregate((BudgetCycle?)null, (state, e) => BudgetCycle.Evolve(state, e.Data));
        return (cycle, events.Count == 0 ? 0 : events[^1].Version);
    }
}

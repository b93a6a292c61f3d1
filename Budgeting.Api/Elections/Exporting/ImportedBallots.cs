using Budgeting.Domain.Rules;
using Budgeting.Domain.Elections.Importing;
using Marten;

namespace Budgeting.Api.Elections.Exporting;

/// <summary>The first ballot source: the BallotsImported events of an imported election, in file order.</summary>
public sealed class ImportedBallots(IQuerySession session) : IBallotSource
{
    public async Task<IReadOnlyList<Ballot>> BallotsOf(Guid electionOrCycleId, CancellationToken token)
    {
        var events = await session.Events.FetchStreamAsync(electionOrCycleId, token: token);
        return events.Select(e => e.Data).OfType<BallotsImported>().OrderBy(b => b.First)
            .SelectMany(b => b.Ballots).Select(ImportedElections.ToBallot).ToList();
    }
}

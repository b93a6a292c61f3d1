using Budgeting.Domain.Elections.Importing;
using Budgeting.Domain.Pabulib;
using Budgeting.Projections.Elections;
using Marten;

namespace Budgeting.Api.Elections.Exporting;

/// <summary>An imported election as a .pb file: META and projects from its read model, ballots from the ballot source.</summary>
public static class ImportedElectionFile
{
    public static async Task<PbFile?> Load(Guid id, IQuerySession session, IBallotSource ballots, CancellationToken token)
    {
        if (await session.LoadAsync<ElectionView>(id, token) is not { } election) return null;
        return ImportedElections.ToPbFile(election.Meta, election.Projects, await ballots.BallotsOf(id, token));
    }
}

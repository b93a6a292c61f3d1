using Budgeting.Domain.Rules;

namespace Budgeting.Api.Elections.Exporting;

/// <summary>
/// The ballots of an election or a cycle, in a stable anonymous order (the n-th ballot is voter n in an export); empty
/// when there are none. Imported elections answer from their stream; cycle ballots plug in here.
/// </summary>
public interface IBallotSource
{
    Task<IReadOnlyList<Ballot>> BallotsOf(Guid electionOrCycleId, CancellationToken token);
}

using Budgeting.Api.Cycles.Voting;
using Budgeting.Domain.Rules;
using Budgeting.Projections.Cycles;
using Marten;

namespace Budgeting.Api.Elections.Exporting;

/// <summary>
/// Ballots of a Seoul cycle (the counted ballot of each secret ballot stream, in anonymous ballot-id order, never
/// the voter's; points on cumulative ballots) or, for any other id, of an imported election.
/// </summary>
public sealed class CycleBallots(IQuerySession session, ImportedBallots imported) : IBallotSource
{
    public async Task<IReadOnlyList<Ballot>> BallotsOf(Guid electionOrCycleId, CancellationToken token)
    {
        if (await session.LoadAsync<CycleView>(electionOrCycleId, token) is not { } cycle)
            return await imported.BallotsOf(electionOrCycleId, token);
        var withPoints = (cycle.Voting?.Kind ?? BallotKind.Approval) != BallotKind.Approval;
        return (await CountedBallotsReader.OfCycle(session, cycle.Id, token))
            .OrderBy(b => b.BallotId.ToString(), StringComparer.Ordinal)
            .Select(b => new Ballot(b.Selections.Select(s => s.ProposalId.ToString("D")).ToList(),
                withPoints ? b.Selections.Select(s => (Rational)s.Points).ToList() : null))
            .ToList();
    }
}

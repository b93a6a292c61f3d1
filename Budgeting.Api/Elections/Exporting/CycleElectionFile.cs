using System.Globalization;
using Budgeting.Domain.Allocation;
using Budgeting.Domain.Pabulib;
using Budgeting.Domain.Proposals;
using Budgeting.Projections.Cycles;
using Budgeting.Projections.Proposals;
using Marten;

namespace Budgeting.Api.Elections.Exporting;

/// <summary>
/// A Seoul cycle as a .pb file: the budget is the envelope in whole won, the projects are the proposals that were
/// admitted with a cost estimate, and the ballots are the counted secret ballots.
/// </summary>
public static class CycleElectionFile
{
    private static readonly ProposalStatus[] Admitted =
    [
        ProposalStatus.Admitted, ProposalStatus.Budgeted, ProposalStatus.NotFunded, ProposalStatus.InImplementation,
        ProposalStatus.Implemented, ProposalStatus.Evaluated,
    ];

    public static async Task<PbFile?> Load(Guid id, IQuerySession session, IBallotSource ballots, CancellationToken token)
    {
        if (await session.LoadAsync<CycleView>(id, token) is not { } cycle) return null;
        var proposals = await session.Query<ProposalListItem>().Where(p => p.CycleId == id).ToListAsync(token);
        var projects = proposals.Where(p => Admitted.Contains(p.Status) && p.CostEstimate is not null)
            .OrderBy(p => p.Id.ToString(), StringComparer.Ordinal)
            .Select(p => new PbProject(p.Id.ToString(), p.CostEstimate!.Value.Value, Fields(p))).ToList();
        var votes = (await ballots.BallotsOf(id, token))
            .Select((b, i) => new PbVote(Number(i + 1), b.ProjectIds, b.Points, new Dictionary<string, string>())).ToList();
        return new PbFile { Meta = Meta(cycle, projects.Count, votes.Count), Projects = projects, Votes = votes };
    }

    private static List<KeyValuePair<string, string>> Meta(CycleView cycle, int projects, int votes) =>
    [
        new("description", cycle.Name), new("country", "South Korea"), new("unit", cycle.Scope),
        new("instance", Number(cycle.FiscalYear)), new("num_projects", Number(projects)), new("num_votes", Number(votes)),
        new("budget", cycle.Envelope.Value.ToString(CultureInfo.InvariantCulture)), new("currency", "KRW"),
        new("vote_type", PbVoteTypes.Name(cycle.Voting?.Kind ?? BallotKind.Approval)),
        .. OfficialRule.MetaOf(cycle.Rule, cycle.RuleParameters),
    ];

    private static Dictionary<string, string> Fields(ProposalListItem p) =>
        new(StringComparer.OrdinalIgnoreCase) { ["name"] = p.Title, ["category"] = p.Category, ["district"] = p.District };

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}

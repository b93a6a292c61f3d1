using Budgeting.Domain.Proposals;
using Budgeting.Projections.Proposals;
using Marten;

namespace Budgeting.Api.Web.Officer;

/// <summary>What a proposal waits for from the city, read off its details: the next step of DOMAIN.md's lifecycle.</summary>
public enum Waiting
{
    Deliberation,
    Discussion,
    Estimate,
    Feasibility,
    Decision,
    AppealDecision,
    Implementation,
}

public sealed record QueueEntry(ProposalDetails Proposal, Waiting Waiting);

/// <summary>The officers' queue: proposals waiting on the city, oldest waiting first (by their last change).</summary>
public static class WorkQueue
{
    public const int Limit = 500;

    private static readonly ProposalStatus[] OnTheCity =
        [ProposalStatus.Suggested, ProposalStatus.InDeliberation, ProposalStatus.Declined, ProposalStatus.Budgeted, ProposalStatus.InImplementation];

    public static Waiting? Of(ProposalDetails p) => p.Status switch
    {
        ProposalStatus.Suggested => Waiting.Deliberation,
        ProposalStatus.InDeliberation when p.Discussions.Count == 0 => Waiting.Discussion,
        ProposalStatus.InDeliberation when p.CostEstimate is null => Waiting.Estimate,
        ProposalStatus.InDeliberation when p.Feasibility is null => Waiting.Feasibility,
        ProposalStatus.InDeliberation => Waiting.Decision,
        ProposalStatus.Declined when p.Appeal is { Upheld: null } => Waiting.AppealDecision,
        ProposalStatus.Budgeted or ProposalStatus.InImplementation => Waiting.Implementation,
        _ => null,
    };

    public static async Task<IReadOnlyList<QueueEntry>> Read(IQuerySession session, Guid? cycle, string? district, ProposalStatus? status,
        CancellationToken token)
    {
        var query = session.Query<ProposalDetails>().Where(p => p.Status.IsOneOf(OnTheCity));
        if (cycle is { } c) query = query.Where(p => p.CycleId == c);
        if (district is not null) query = query.Where(p => p.District == district);
        if (status is { } s) query = query.Where(p => p.Status == s);
        var waiting = await query.OrderBy(p => p.UpdatedAt).Take(Limit).ToListAsync(token);
        return waiting.Select(p => (p, Of(p))).Where(x => x.Item2 is not null).Select(x => new QueueEntry(x.p, x.Item2!.Value)).ToList();
    }
}

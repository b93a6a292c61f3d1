using System.Linq.Expressions;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Proposals;
using Budgeting.Projections.Proposals;
using Marten;
using Marten.Linq;
using Marten.Services.BatchQuerying;

namespace Budgeting.Api.Cycles;

/// <summary>What cycle decisions need of proposals, read from the proposal read model (inline, so current).</summary>
public static class ProposalFactsReader
{
    public static async Task<ProposalFacts?> One(IQuerySession session, Guid proposalId, CancellationToken token) =>
        await session.LoadAsync<ProposalDetails>(proposalId, token) is { } p ? Facts(p) : null;

    /// <summary>The cycle's proposals, by the read model's indexed cycle column.</summary>
    public static async Task<IReadOnlyList<ProposalFacts>> OfCycle(IQuerySession session, Guid cycleId, CancellationToken token) =>
        [.. (await session.Query<ProposalDetails>().Where(p => p.CycleId == cycleId).ToListAsync(token)).Select(Facts)];

    /// <summary>
    /// The cycle's proposals among those named (a ballot's selections), in a batch of the caller's: what a decision
    /// checking those names sees of <see cref="OfCycle(IQuerySession, Guid, CancellationToken)"/>, without reading the
    /// cycle's other proposals. At most <paramref name="limit"/> names are read (a longer ballot is refused unread).
    /// </summary>
    /// <remarks>
    /// Only the facts' fields are selected (PostgreSQL builds them from the documents), by a query Marten plans once: a
    /// ballot is the city's hottest write, and a proposal's document carries its description, discussions, forum and
    /// answers, which no ballot reads.
    /// </remarks>
    public static async Task<IReadOnlyList<ProposalFacts>> OfCycleNamed(IBatchedQuery batch, Guid cycleId, IEnumerable<Guid> ids, int limit)
    {
        var named = ids.Distinct().Take(limit).ToArray();
        if (named.Length == 0) return [];
        var rows = await batch.Query(new NamedProposalFacts { Ids = named });
        return [.. rows.Where(p => p.CycleId == cycleId).Select(Facts)];
    }

    private static ProposalFacts Facts(ProposalDetails p) =>
        Facts(new FactsRow(p.Id, p.CycleId, p.Status, p.CostEstimate?.Total, p.District, p.Category, p.SurveyCount?.Count));

    private static ProposalFacts Facts(FactsRow p) =>
        new(p.Id, p.CycleId, p.Status == ProposalStatus.Admitted, p.Cost, p.District, p.Category, p.SurveyCount);

    /// <summary>The fields of <see cref="ProposalDetails"/> that <see cref="ProposalFacts"/> are made of.</summary>
    public sealed record FactsRow(Guid Id, Guid CycleId, ProposalStatus Status, Won? Cost, string District, string Category, int? SurveyCount);

    /// <summary>The named proposals' <see cref="FactsRow"/>s, as a compiled query: its LINQ is translated once per process.</summary>
    public sealed class NamedProposalFacts : ICompiledListQuery<ProposalDetails, FactsRow>
    {
        public Guid[] Ids { get; set; } = [];

        public Expression<Func<IMartenQueryable<ProposalDetails>, IEnumerable<FactsRow>>> QueryIs() => q => q
            .Where(p => p.Id.IsOneOf(Ids))
            .Select(p => new FactsRow(p.Id, p.CycleId, p.Status, p.CostEstimate!.Total, p.District, p.Category, p.SurveyCount!.Count));
    }
}

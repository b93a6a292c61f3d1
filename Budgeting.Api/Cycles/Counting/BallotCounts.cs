using System.Collections.Immutable;
using Budgeting.Api.Audit.TimeTravel;
using Budgeting.Domain.Cycles.Voting;
using Marten;

namespace Budgeting.Api.Cycles.Counting;

/// <summary>
/// A cycle's tallies summed in PostgreSQL: now from the incremental <c>ballot_counts</c> (32 shard rows per proposal),
/// as of a past point from each ballot stream's last ballot event up to then. No ballot document reaches .NET.
/// </summary>
public static class BallotCounts
{
    private static readonly Guid BallotsRow = Guid.Empty;

    public sealed record Row(Guid ProposalId, long Supporters, long Points);

    public static async Task<(int Ballots, ImmutableList<ProposalTally> Tallies)> Now(IQuerySession session, Guid cycleId,
        CancellationToken token)
    {
        var s = session.DocumentStore.Options.Events.DatabaseSchemaName;
        var rows = await session.AdvancedSql.QueryAsync<Row>($"""
            select json_build_object('proposalId', proposal_id, 'supporters', sum(supporters), 'points', sum(points))
            from {s}.ballot_counts where cycle_id = ? group by proposal_id having sum(supporters) <> 0 or sum(points) <> 0
            """, token, cycleId);
        return Shape(rows);
    }

    /// <summary>
    /// As of an instant: the cycle's latest checkpoint at or before it plus the ballot streams moved after it
    /// (<c>ballot_tally_at</c>); as of a version of the cycle's stream, the fold of <see cref="Folded"/>.
    /// </summary>
    public static async Task<(int Ballots, ImmutableList<ProposalTally> Tallies)> At(IQuerySession session, Guid cycleId, AsOf asOf,
        CancellationToken token)
    {
        if (asOf.Version is not null || asOf.At is not { } at) return await Folded(session, cycleId, asOf, token);
        var s = session.DocumentStore.Options.Events.DatabaseSchemaName;
        var rows = await session.AdvancedSql.QueryAsync<Row>($"""
            select json_build_object('proposalId', proposal_id, 'supporters', supporters, 'points', points)
            from {s}.ballot_tally_at(?, ?)
            """, token, cycleId, at.ToDateTimeOffset());
        return Shape(rows);
    }

    /// <summary>Every ballot event of the cycle folded (each stream's last ballot event up to the point): the reference the checkpoints are tested against.</summary>
    public static async Task<(int Ballots, ImmutableList<ProposalTally> Tallies)> Folded(IQuerySession session, Guid cycleId, AsOf asOf,
        CancellationToken token)
    {
        var s = session.DocumentStore.Options.Events.DatabaseSchemaName;
        // The point: an instant compares with each event's recorded timestamp; a version of the cycle's stream is the
        // global sequence of that cycle event.
        var rows = await session.AdvancedSql.QueryAsync<Row>($"""
            with point as (
              select ?::timestamptz as at,
                     (select e.seq_id from {s}.mt_events e where e.stream_id = ? and e.version = ?::bigint) as seq),
            last as (
              select distinct on (e.stream_id) e.stream_id, e.data->'selections' as selections
                from {s}.mt_events e, point p
               where e.type in ('ballot_cast', 'ballot_replaced') and e.data->>'cycleId' = ?
                 and (p.at is null or e."timestamp" <= p.at)
                 and (?::bigint is null or e.seq_id <= coalesce(p.seq, 0))
               order by e.stream_id, e.version desc)
            select json_build_object('proposalId', proposal_id, 'supporters', sum(n), 'points', sum(pts)) from (
              select (x->>'proposalId')::uuid as proposal_id, 1 as n, coalesce((x->>'points')::bigint, 1) as pts
                from last, jsonb_array_elements(last.selections) x
              union all
              select '00000000-0000-0000-0000-000000000000'::uuid, count(*), 0 from last) d
            group by proposal_id
            """, token,
            (object?)asOf.At?.ToDateTimeOffset() ?? DBNull.Value, cycleId, (object?)asOf.Version ?? DBNull.Value,
            cycleId.ToString(), (object?)asOf.Version ?? DBNull.Value);
        return Shape(rows);
    }

    private static (int, ImmutableList<ProposalTally>) Shape(IReadOnlyList<Row> rows)
    {
        var ballots = (int)(rows.FirstOrDefault(r => r.ProposalId == BallotsRow)?.Supporters ?? 0);
        var tallies = rows.Where(r => r.ProposalId != BallotsRow && (r.Supporters != 0 || r.Points != 0))
            .Select(r => new ProposalTally(r.ProposalId, (int)r.Supporters, r.Points))
            .OrderByDescending(t => t.Points).ThenByDescending(t => t.Supporters)
            .ThenBy(t => t.ProposalId.ToString(), StringComparer.Ordinal)
            .ToImmutableList();
        return (ballots, tallies);
    }
}

using Budgeting.Api.Audit.TimeTravel;
using Budgeting.Api.ReadModels;
using Budgeting.Domain.Proposals.TakingStances;
using Budgeting.Projections.Participation;
using Marten;
using Marten.Services.BatchQuerying;

namespace Budgeting.Api.Proposals.Reading;

/// <summary>
/// Proposals' active supports and forums' participants and stances, counted from their streams' inline views (exact at
/// every commit), or as of a past point: every support or participant stream of the proposals folded by its own
/// projection up to its version then.
/// </summary>
public static class ParticipationCounts
{
    public static Task<int> Supports(IQuerySession session, Guid proposalId, CancellationToken token) =>
        session.Query<SupportView>().CountAsync(s => s.ActiveProposalId == proposalId, token);

    public static async Task<ForumTally> Forum(IQuerySession session, Guid proposalId, CancellationToken token) =>
        ForumTally.Of(await session.Query<ParticipantView>().Where(p => p.ProposalId == proposalId).Select(p => p.Stance).ToListAsync(token));

    /// <summary><see cref="Supports(IQuerySession, Guid, CancellationToken)"/>, read in a batch the caller executes.</summary>
    public static async Task<int> Supports(IBatchedQuery batch, Guid proposalId) =>
        (int)await batch.Query<SupportView>().Where(s => s.ActiveProposalId == proposalId).Count();

    /// <summary><see cref="Forum(IQuerySession, Guid, CancellationToken)"/>, read in a batch the caller executes.</summary>
    public static async Task<ForumTally> Forum(IBatchedQuery batch, Guid proposalId) =>
        ForumTally.Of(await batch.Query<ParticipantView>().Where(p => p.ProposalId == proposalId).Select(p => p.Stance).ToList());

    public static async Task<IReadOnlyDictionary<Guid, int>> SupportsAsOf(IQuerySession session, IReadOnlyCollection<Guid> proposalIds,
        AsOf point, CancellationToken token)
    {
        var ids = await session.Query<SupportView>().Where(s => s.ProposalId.IsOneOf(proposalIds.ToArray())).Select(s => s.Id).ToListAsync(token);
        return (await Fold<SupportView>(session, ids, point, token)).Where(s => s.Active).GroupBy(s => s.ProposalId)
            .ToDictionary(g => g.Key, g => g.Count());
    }

    public static async Task<ForumTally> ForumAsOf(IQuerySession session, Guid proposalId, AsOf point, CancellationToken token)
    {
        var ids = await session.Query<ParticipantView>().Where(p => p.ProposalId == proposalId).Select(p => p.Id).ToListAsync(token);
        return ForumTally.Of((await Fold<ParticipantView>(session, ids, point, token)).Select(p => p.Stance).ToList());
    }

    /// <summary>A version of a proposal's stream stands for the instant it was recorded: other streams have versions of their own.</summary>
    public static async Task<AsOf> Instant(IQuerySession session, Guid proposalId, AsOf point, CancellationToken token) =>
        point.Version is { } version
            ? new AsOf(NodaTime.Instant.FromDateTimeOffset((await session.Events.FetchStreamAsync(proposalId, version, token: token))[^1].Timestamp), null)
            : point;

    private static async Task<List<T>> Fold<T>(IQuerySession session, IReadOnlyList<Guid> ids, AsOf point, CancellationToken token)
        where T : notnull
    {
        if (ids.Count == 0) return [];
        var versions = await StreamVersions.At(session, ids, point, token);
        var events = await session.Events.QueryAllRawEvents().Where(e => e.StreamId.IsOneOf(ids.ToArray())).OrderBy(e => e.Sequence)
            .ToListAsync(token);
        var fold = ProjectionFold<T>.Registered(session.DocumentStore);
        var states = new List<T>();
        foreach (var stream in events.GroupBy(e => e.StreamId))
            if (await fold.Build([.. stream.Where(e => e.Version <= versions[stream.Key].Version)], session, stream.Key, token) is { } state)
                states.Add(state);
        return states;
    }
}

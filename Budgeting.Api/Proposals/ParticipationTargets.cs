using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Budgeting.Domain.Cycles.Participation;
using Budgeting.Domain.Proposals;
using Budgeting.Projections.Cycles;
using Budgeting.Projections.Proposals;
using Marten;

namespace Budgeting.Api.Proposals;

/// <summary>
/// What supports and forums need of a proposal and its cycle, from their inline read models (current at every commit).
/// A cycle's part — its scope, participation settings and minimum age — is fixed when the cycle opens, so it is kept in
/// memory after its first read: a support costs one round trip of reads, however popular the proposal.
/// </summary>
public static class ParticipationTargets
{
    private sealed record CycleTerms(string Scope, ParticipationSettings Settings, int? MinimumAge);

    private static readonly ConditionalWeakTable<IDocumentStore, ConcurrentDictionary<Guid, CycleTerms>> Terms = new();

    /// <summary>The target and, read in the same round trip, the resident's own view (<typeparamref name="TView"/>) of it.</summary>
    public static async Task<(ParticipationTarget? Target, TView? View)> Load<TView>(IQuerySession session, Guid proposalId, Guid viewId,
        CancellationToken token) where TView : class
    {
        var batch = session.CreateBatchQuery();
        var proposal = batch.Load<ProposalDetails>(proposalId);
        var view = batch.Load<TView>(viewId);
        await batch.Execute(token);
        return await proposal is { } p && await TermsOf(session, p.CycleId, token) is { } cycle ? (Target(p, cycle), await view) : (null, null);
    }

    /// <summary>The target, from a proposal and its cycle already read (a page reads both in its one round trip).</summary>
    public static ParticipationTarget Of(ProposalDetails proposal, CycleView cycle) => Target(proposal, Remember(cycle));

    private static ParticipationTarget Target(ProposalDetails p, CycleTerms cycle) =>
        new(p.Id, p.CycleId, p.Status, p.SuggestedAt, p.Forum?.ClosesAt, p.Forum?.ClosedAt is not null, cycle.Scope, cycle.Settings, cycle.MinimumAge);

    private static CycleTerms Remember(CycleView cycle) => new(cycle.Scope, cycle.Participation, cycle.Voting?.MinimumAge);

    /// <summary>The cycle's participation settings (fixed when it opened), or null when there is no such cycle.</summary>
    public static async Task<ParticipationSettings?> SettingsOf(IQuerySession session, Guid cycleId, CancellationToken token) =>
        (await TermsOf(session, cycleId, token))?.Settings;

    private static async Task<CycleTerms?> TermsOf(IQuerySession session, Guid cycleId, CancellationToken token)
    {
        var known = Terms.GetValue(session.DocumentStore, _ => new ConcurrentDictionary<Guid, CycleTerms>());
        if (known.TryGetValue(cycleId, out var terms)) return terms;
        if (await session.LoadAsync<CycleView>(cycleId, token) is not { } cycle) return null;
        return known[cycleId] = Remember(cycle);
    }
}

using Budgeting.Api.Commands;
using Budgeting.Api.Cycles;
using Budgeting.Domain.Common;
using Budgeting.Domain.Cycles;
using Budgeting.Domain.Proposals;
using Marten;
using NodaTime;

namespace Budgeting.Api.Infrastructure;

/// <summary>
/// The one place where a pure decision meets the event store, for the API's endpoints and the pages' forms alike:
/// accepted events are appended (with optimistic concurrency against the version the caller saw) and committed in one
/// transaction; a rejection, a stale version or a missing stream comes back as an <see cref="Outcome"/>.
/// </summary>
public static class EventWrites
{
    /// <summary>
    /// What the database's refusal of a commit means to the command's caller: the rejection, when the refusal is a rule
    /// the store enforces as it commits (a key another writer inserted first, the close of voting's fence); null otherwise.
    /// </summary>
    public delegate Rejection? CommitRefusal(Exception refusal);

    /// <summary>
    /// Starts the stream; <paramref name="documents"/> are stored and <paramref name="inserted"/> inserted (refused if
    /// one exists already) in the same transaction, and only when accepted.
    /// </summary>
    public static async Task<Outcome> Start<TAggregate>(
        this IDocumentSession session, Guid id, Decision decision, CancellationToken token, IReadOnlyList<object>? documents = null,
        IReadOnlyList<object>? inserted = null, CommitRefusal? refusal = null)
        where TAggregate : class
    {
        if (decision.Rejection is { } rejection) return new Outcome.Refused(rejection);
        session.Events.StartStream<TAggregate>(id, decision.Events.ToArray());
        if (documents is { Count: > 0 }) session.StoreObjects(documents);
        if (inserted is { Count: > 0 }) session.InsertObjects(inserted);
        return await session.Commit(token, refusal) is { } refused
            ? new Outcome.Refused(refused)
            : new Outcome.Accepted(id, decision.Events.Count);
    }

    /// <summary>Loads the stream, checks the version the caller acted on (if any), decides, appends and commits.</summary>
    public static async Task<Outcome> Append<TAggregate>(
        this IDocumentSession session, Guid id, long? expectedVersion, Func<TAggregate, Decision> decide, string what,
        CancellationToken token, CommitRefusal? refusal = null)
        where TAggregate : class
    {
        var stream = await session.Events.FetchForWriting<TAggregate>(id, token);
        return await DecideAndCommit(session, id, stream.Aggregate, stream.CurrentVersion ?? 0, expectedVersion, decide, what, token, refusal,
            stream.AppendMany);
    }

    /// <summary>
    /// The same for a budget cycle, whose stream holds every committee score: the cycle comes folded from
    /// <see cref="CycleStates"/> (only the events after the state this node folded last are read) and the events are
    /// appended expecting the version it was folded to, so a command that raced another is refused at commit all the same.
    /// </summary>
    public static async Task<Outcome> AppendToCycle(
        this IDocumentSession session, Guid cycleId, long? expectedVersion, Func<BudgetCycle, Decision> decide, CancellationToken token,
        CommitRefusal? refusal = null)
    {
        var cycle = await session.LatestCycleVersion(cycleId, token);
        return await DecideAndCommit(session, cycleId, cycle.State, cycle.Version, expectedVersion, decide, "budget cycle", token, refusal,
            events => session.Events.Append(cycleId, cycle.Version + events.Length, events));
    }

    private static async Task<Outcome> DecideAndCommit<TAggregate>(
        IDocumentSession session, Guid id, TAggregate? aggregate, long version, long? expectedVersion, Func<TAggregate, Decision> decide,
        string what, CancellationToken token, CommitRefusal? refusal, Action<object[]> append)
        where TAggregate : class
    {
        if (aggregate is null) return new Outcome.Missing(what, id);
        if (expectedVersion is { } expected && expected != version)
            return new Outcome.Stale(expected, version, await ChangesSince(session, id, expected, token));
        var decision = decide(aggregate);
        if (decision.Rejection is { } rejection) return new Outcome.Refused(rejection);
        var events = decision.Events.ToArray();
        if (events.Length > 0) append(events);
        return await session.Commit(token, refusal) is { } refused
            ? new Outcome.Refused(refused)
            : new Outcome.Accepted(id, version + events.Length);
    }

    /// <summary>
    /// The commit of every command (through <see cref="Start{TAggregate}"/> and <see cref="Append{TAggregate}(IDocumentSession, Guid, long?, Func{TAggregate, Decision}, string, CancellationToken, CommitRefusal?)"/>,
    /// or directly for a command that writes resident streams or documents only): one transaction; a refusal the caller
    /// explains comes back as its rejection, with nothing left pending in the session.
    /// </summary>
    public static async Task<Rejection?> Commit(this IDocumentSession session, CancellationToken token, CommitRefusal? refusal = null)
    {
        try
        {
            await session.SaveChangesAsync(token);
            return null;
        }
        catch (Exception e) when (refusal?.Invoke(e) is { } rejection)
        {
            session.EjectAllPendingChanges();
            return rejection;
        }
    }

    /// <summary>What was recorded on the stream after the version a stale caller saw (nothing when it saw a later one).</summary>
    private static async Task<IReadOnlyList<string>> ChangesSince(IDocumentSession session, Guid id, long seen, CancellationToken token) =>
        seen < 0 ? [] : (await session.Events.FetchStreamAsync(id, fromVersion: seen + 1, token: token)).Select(e => e.Data.GetType().Name).ToList();

    /// <summary>A command on one proposal, as the API and the pages send it.</summary>
    public static Task<Outcome> Send(this IDocumentSession session, Guid proposalId, IProposalCommand command, Sender sender) =>
        session.Append<Proposal>(proposalId, sender.ExpectedVersion,
            proposal => command.Decide(proposal, sender.Actor, sender.Now), "proposal", sender.Token);

    /// <summary>A command on one budget cycle, as the API and the pages send it: its decision gets the cycle, the actor and the instant.</summary>
    public static Task<Outcome> SendToCycle(
        this IDocumentSession session, Guid cycleId, Func<BudgetCycle, Actor, Instant, Decision> decide, Sender sender) =>
        session.AppendToCycle(cycleId, sender.ExpectedVersion, cycle => decide(cycle, sender.Actor, sender.Now), sender.Token);

    /// <summary>An API request's command: If-Match as the expected version, the outcome as the HTTP answer.</summary>
    public static Task<IResult> Append<TAggregate>(
        this IDocumentSession session, Guid id, HttpContext http, Func<TAggregate, Decision> decide, string what)
        where TAggregate : class =>
        session.Append(id, ETags.IfMatch(http), decide, what, http.RequestAborted).ToResult();
}

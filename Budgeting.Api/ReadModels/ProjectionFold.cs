using JasperFx.Events;
using JasperFx.Events.Aggregation;
using Marten;
using Marten.Events.Aggregation;
using Weasel.Storage;

namespace Budgeting.Api.ReadModels;

/// <summary>
/// A single-stream projection registered in the store, folding the events it is given as Marten folds a live
/// aggregate (its Create/Apply through the generated evolver, the document's identity set). The one way the engine
/// folds a read model outside Marten's own projection run (the fast rebuild, tallies as of an instant), so a new event
/// the projection handles cannot be missed by either.
/// </summary>
public sealed class ProjectionFold<TDoc> where TDoc : notnull
{
    private readonly IAggregator<TDoc, Guid, IQuerySession> aggregator;
    private readonly IDocumentStorage<TDoc, Guid> storage;

    public ProjectionFold(SingleStreamProjection<TDoc, Guid> projection, IDocumentStore store)
    {
        aggregator = projection;
        storage = (IDocumentStorage<TDoc, Guid>)store.Storage.Database.Providers.StorageFor<TDoc>().Lightweight;
    }

    /// <summary>The projection of <typeparamref name="TDoc"/> that the store runs.</summary>
    public static ProjectionFold<TDoc> Registered(IDocumentStore store) =>
        new(((DocumentStore)store).Options.Projections.All.OfType<SingleStreamProjection<TDoc, Guid>>().Single(), store);

    /// <summary>
    /// The document after <paramref name="events"/> (in stream order), folded onto <paramref name="before"/> (the document
    /// as of the event preceding them) or from nothing; null when they make none.
    /// </summary>
    public ValueTask<TDoc?> Build(IReadOnlyList<IEvent> events, IQuerySession session, Guid id, CancellationToken token, TDoc? before = default) =>
        aggregator.BuildAsync(events, session, before, id, storage, token);
}

using System.Diagnostics;
using System.Threading.Channels;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Marten.Storage;
using Npgsql;

namespace Budgeting.Api.ReadModels.Rebuilding;

/// <summary>What a rebuild did: the events folded, the streams they came from and the documents written per type.</summary>
public sealed record RebuildReport(long Events, long Streams, IReadOnlyDictionary<string, int> Documents, TimeSpan Elapsed)
{
    public string Describe() =>
        $"Finished rebuild in {(long)Elapsed.TotalMilliseconds} ms: {Events:N0} events of {Streams:N0} streams folded, " +
        $"{Documents.Values.Sum():N0} documents written ({string.Join(", ", Documents.Select(d => $"{d.Key} {d.Value:N0}"))}), " +
        $"{Events / Math.Max(Elapsed.TotalSeconds, 0.001):N0} events/s";
}

/// <summary>
/// Rebuilds every inline read model from the events in one transaction. The tables are truncated first: that lock
/// holds back every command that would update a read model until the commit, so the events read afterwards are all
/// there are, whichever snapshot reads them. Pages of streams are read, folded by each projection and copied in while
/// the next page is read; the secondary indexes are dropped for the load and built again before the commit. A failure
/// rolls everything back and leaves the read models as they were.
/// </summary>
public sealed class ReadModelRebuild(IDocumentStore store)
{
    public const int StreamsPerPage = 1_000;

    public async Task<RebuildReport> Run(CancellationToken token)
    {
        var clock = Stopwatch.StartNew();
        var folds = InlineFolds();
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using var connection = store.Storage.Database.CreateConnection(ConnectionUsage.ReadWrite);
        await connection.OpenAsync(token);
        await using var transaction = await connection.BeginTransactionAsync(token);
        var tables = new ReadModelTables(connection, folds.ToDictionary(f => f.Table, f => f.DuplicatedColumns));
        await tables.AssertPlain(token);
        await tables.Truncate(token);
        var indexes = await tables.DropSecondaryIndexes(token);
        await tables.DeleteProgress(store.Options.Events.DatabaseSchemaName, folds.SelectMany(f => f.ShardIdentities).ToArray(), token);
        var (events, streams) = await FoldAndCopy(folds, connection, token);
        await tables.Create(indexes, token);
        await tables.Analyze(token);
        await transaction.CommitAsync(token);
        return new RebuildReport(events, streams, folds.ToDictionary(f => f.DocumentType.Name, f => f.Written), clock.Elapsed);
    }

    /// <summary>Reads and folds pages while the documents of the pages before are copied in, on the transaction's connection.</summary>
    private async Task<(long Events, long Streams)> FoldAndCopy(IReadOnlyList<IStreamFold> folds, NpgsqlConnection connection, CancellationToken token)
    {
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(token);
        var rows = Channel.CreateBounded<IDocumentRows>(2 * folds.Count);
        var copying = Copy(rows.Reader, connection, failed);
        long events = 0, streams = 0;
        try
        {
            await using var session = store.QuerySession();
            await foreach (var page in new EventPages(store, EventTypes(folds), StreamsPerPage).Read(failed.Token))
            {
                foreach (var stream in page)
                {
                    foreach (var fold in folds) await fold.Fold(stream, session, failed.Token);
                    events += stream.Events.Count;
                }
                streams += page.Count;
                foreach (var fold in folds)
                    if (fold.Take() is { } taken) await rows.Writer.WriteAsync(taken, failed.Token);
            }
        }
        catch
        {
            await failed.CancelAsync();
            await Task.WhenAny(copying);
            if (copying.IsFaulted) await copying; // the copy failed first: its exception is the cause
            throw;
        }
        rows.Writer.Complete();
        await copying;
        return (events, streams);
    }

    private static async Task Copy(ChannelReader<IDocumentRows> rows, NpgsqlConnection connection, CancellationTokenSource failed)
    {
        try
        {
            await foreach (var taken in rows.ReadAllAsync(failed.Token)) await taken.Copy(connection, failed.Token);
        }
        catch
        {
            await failed.CancelAsync();
            throw;
        }
    }

    private IReadOnlyList<IStreamFold> InlineFolds() =>
        ((DocumentStore)store).Options.Projections.All.OfType<ProjectionBase>()
            .Where(p => p.Lifecycle == ProjectionLifecycle.Inline).Select(Fold).ToList();

    private IStreamFold Fold(ProjectionBase projection) =>
        projection.GetType().BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(SingleStreamProjection<,>)
                                                                    && b.GetGenericArguments()[1] == typeof(Guid)
            ? (IStreamFold)Activator.CreateInstance(typeof(StreamFold<>).MakeGenericType(b.GetGenericArguments()[0]), projection, store)!
            : throw new NotSupportedException(
                $"read-models rebuild folds single-stream projections keyed by Guid; {projection.GetType().Name} is not one");

    /// <summary>The event types the projections read; none (read every event) when one of them does not declare its own.</summary>
    private static Type[] EventTypes(IReadOnlyList<IStreamFold> folds) =>
        folds.Any(f => f.EventTypes.Count == 0) ? [] : folds.SelectMany(f => f.EventTypes).Distinct().ToArray();
}

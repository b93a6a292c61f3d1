using System.Reflection;
using JasperFx.Events;
using Marten;
using Marten.Events.Aggregation;
using Marten.Linq.Members;
using Marten.Schema;
using Npgsql;
using NpgsqlTypes;

namespace Budgeting.Api.ReadModels.Rebuilding;

/// <summary>One inline single-stream projection during a rebuild.</summary>
internal interface IStreamFold
{
    Type DocumentType { get; }
    string Table { get; }
    IReadOnlyList<string> DuplicatedColumns { get; }
    IReadOnlyList<Type> EventTypes { get; }
    IEnumerable<string> ShardIdentities { get; }
    int Written { get; }
    ValueTask Fold(EventStream stream, IQuerySession session, CancellationToken token);

    /// <summary>The documents folded since the last call, to be copied in; null when there are none.</summary>
    IDocumentRows? Take();
}

internal interface IDocumentRows
{
    Task Copy(NpgsqlConnection connection, CancellationToken token);
}

/// <summary>
/// Folds a stream with the projection's own aggregation, as Marten does for a live aggregate (its Create/Apply through
/// the generated evolver, the document's identity, then its version from the last event given), given what the inline
/// projection was given: every commit that holds an event it reads, whole. Rows are written with COPY as Marten's
/// inline upsert writes them: the serializer's JSON, <c>mt_version</c> from the last event given (the last event of
/// the last commit the projection applied), the .NET type name, and <c>mt_last_modified</c> left to the column's
/// default, the transaction's timestamp.
/// </summary>
internal sealed class StreamFold<TDoc>(SingleStreamProjection<TDoc, Guid> projection, IDocumentStore store) : IStreamFold
    where TDoc : notnull
{
    private readonly ProjectionFold<TDoc> fold = new(projection, store);
    private readonly ISerializer serializer = store.Options.Serializer();
    private readonly Dictionary<Type, bool> reads = [];
    private readonly List<IEvent> events = [];
    private List<(Guid Id, TDoc Document, long Version)> rows = [];
    private static readonly string TypeName = typeof(TDoc).FullName!;
    private readonly IDocumentType mapping = store.Options.FindOrResolveDocumentType(typeof(TDoc));
    private IReadOnlyList<DuplicatedField> duplicated => mapping.DuplicatedFields;

    public Type DocumentType => typeof(TDoc);
    public string Table => mapping.TableName.QualifiedName;
    public IReadOnlyList<string> DuplicatedColumns => [.. duplicated.Select(f => f.ColumnName)];
    public IReadOnlyList<Type> EventTypes => projection.AllEventTypes;
    public IEnumerable<string> ShardIdentities => projection.ShardNames().Select(s => s.Identity);
    public int Written { get; private set; }

    public async ValueTask Fold(EventStream stream, IQuerySession session, CancellationToken token)
    {
        CommitsRead(stream.Events);
        if (events.Count == 0) return;
        if (await fold.Build(events, session, stream.Id, token) is { } document)
            rows.Add((stream.Id, document, events[^1].Version));
    }

    /// <summary>The commits (runs of events with one timestamp) holding an event the projection reads.</summary>
    private void CommitsRead(IReadOnlyList<IEvent> stream)
    {
        events.Clear();
        for (int start = 0, end; start < stream.Count; start = end)
        {
            var read = false;
            for (end = start; end < stream.Count && stream[end].Timestamp == stream[start].Timestamp; end++) read |= Reads(stream[end].EventType);
            if (!read) continue;
            for (var i = start; i < end; i++) events.Add(stream[i]);
        }
    }

    /// <summary>Serialized here, so that the copy's connection only streams rows.</summary>
    public IDocumentRows? Take()
    {
        if (rows.Count == 0) return null;
        var taken = new Rows(Table, duplicated, rows.Select(r => (r.Id, serializer.ToJson(r.Document), r.Version,
            duplicated.Select(f => Value(f, r.Document)).ToArray())).ToList());
        Written += rows.Count;
        rows = [];
        return taken;
    }

    /// <summary>A duplicated field's column value as Marten's upsert writes it: the member read from the document, enums as their names.</summary>
    private static object? Value(DuplicatedField field, TDoc document)
    {
        object? value = document;
        foreach (var member in field.Members)
            value = value is null ? null : member switch
            {
                PropertyInfo property => property.GetValue(value),
                FieldInfo f => f.GetValue(value),
                _ => throw new NotSupportedException($"duplicated member {member.Name} is neither a property nor a field"),
            };
        return value is Enum ? value.ToString() : value;
    }

    private bool Reads(Type eventType)
    {
        if (!reads.TryGetValue(eventType, out var applies))
            reads[eventType] = applies = projection.AppliesTo([eventType]);
        return applies;
    }

    private sealed class Rows(string table, IReadOnlyList<DuplicatedField> duplicated,
        List<(Guid Id, string Json, long Version, object?[] Duplicated)> rows) : IDocumentRows
    {
        public async Task Copy(NpgsqlConnection connection, CancellationToken token)
        {
            var columns = string.Concat(duplicated.Select(f => $", {f.ColumnName}"));
            await using var copy = await connection.BeginBinaryImportAsync(
                $"copy {table} (id, data, mt_version, mt_dotnet_type{columns}) from stdin (format binary, freeze)", token);
            foreach (var (id, json, version, values) in rows)
            {
                await copy.StartRowAsync(token);
                await copy.WriteAsync(id, NpgsqlDbType.Uuid, token);
                await copy.WriteAsync(json, NpgsqlDbType.Jsonb, token);
                await copy.WriteAsync(version, NpgsqlDbType.Bigint, token);
                await copy.WriteAsync(TypeName, NpgsqlDbType.Varchar, token);
                for (var i = 0; i < values.Length; i++)
                    if (values[i] is null) await copy.WriteNullAsync(token);
                    else await copy.WriteAsync(values[i], duplicated[i].DbType, token);
            }
            await copy.CompleteAsync(token);
        }
    }
}

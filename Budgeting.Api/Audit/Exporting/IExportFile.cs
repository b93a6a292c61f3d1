using Marten;
using Npgsql;

namespace Budgeting.Api.Audit.Exporting;

/// <summary>
/// A file in the audit export. Implementations in this assembly are found and registered by themselves:
/// adding a file (e.g. a CSV of a read model, see <see cref="CsvExport{TRow}"/>) is one class.
/// </summary>
public interface IExportFile
{
    string Name { get; }
    Task Write(Stream output, ExportSource source, CancellationToken token);
}

/// <summary>What export files read from: one connection in one repeatable-read snapshot, as raw SQL or Marten.</summary>
public sealed record ExportSource(NpgsqlConnection Connection, string Schema, IQuerySession Session);
